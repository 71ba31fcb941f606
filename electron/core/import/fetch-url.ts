// Fetches a page for a link dropped from a browser: http(s) only, a time limit, a size cap, a few
// redirects, and only content the importer reads (HTML, PDF, text). Failures are ParallaxErrors
// that say what happened in words ("You seem to be offline: could not reach example.com").
import { ParallaxError } from '../../../shared/errors';
import { MAX_FILE_BYTES, type SourceFile } from './types';

export interface FetchLimits {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedSource extends SourceFile {
  /** Where the content came from after redirects. */
  finalUrl: string;
}

const EXTENSION_OF: Record<string, string> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'text/markdown': 'md',
};

export async function fetchUrl(url: string, limits: FetchLimits = {}): Promise<FetchedSource> {
  const timeoutMs = limits.timeoutMs ?? 15_000;
  const maxBytes = limits.maxBytes ?? MAX_FILE_BYTES;
  const maxRedirects = limits.maxRedirects ?? 5;
  let current = checkedUrl(url);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { accept: 'text/html, application/pdf, text/plain;q=0.9, */*;q=0.1' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new ParallaxError('READ_FAILED', `${current.hostname} redirected more than ${maxRedirects} times.`);
        current = checkedUrl(new URL(location, current).href);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ParallaxError('READ_FAILED', `${current.hostname} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for this link.`);
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      const extension = EXTENSION_OF[type];
      if (!extension) {
        await response.body?.cancel();
        throw new ParallaxError('UNSUPPORTED_FORMAT', `${current.hostname} sent ${type || 'content of no stated type'}, not a page, PDF or text.`);
      }
      const bytes = await readCapped(response, maxBytes);
      return { name: `${baseName(current)}.${extension}`, bytes, finalUrl: current.href };
    }
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    if ((err as Error).name === 'TimeoutError' || signal.aborted) {
      throw new ParallaxError('READ_FAILED', `${current.hostname} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    }
    throw new ParallaxError('READ_FAILED', `You seem to be offline: could not reach ${current.hostname}.`);
  }
}

function checkedUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ParallaxError('INVALID_INPUT', 'This is not a web address.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ParallaxError('INVALID_INPUT', `Only http and https links can be imported, not ${url.protocol.replace(/:$/, '')}.`);
  }
  return url;
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new ParallaxError('FILE_TOO_LARGE', `The page is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB limit.`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function baseName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: keep the raw segment.
  }
  const stem = decoded.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return stem.slice(0, 80) || url.hostname;
}
