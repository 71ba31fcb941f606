// Maps an `app://parallax/...` request to a file under the renderer folder, refusing anything
// that could escape it, and names the headers every response carries. Pure, so it is unit-tested.
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, mimeTypeFor } from '../core/app/renderer-assets';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';

export { mimeTypeFor };

export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export type AppFileLookup =
  | {
      kind: 'file';
      filePath: string;
      /** Extension-less paths are client-side routes: serve index.html when no such file exists. */
      fallbackToIndex: boolean;
    }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405; reason: string };

export interface ResolveOptions {
  method?: string;
  /** Injectable so tests can prove the Windows rules on any OS. */
  pathApi?: path.PlatformPath;
}

/** Characters no file the renderer build produces contains, and that could redirect a lookup. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

export function resolveAppRequest(requestUrl: string, rootDir: string, options: ResolveOptions = {}): AppFileLookup {
  const method = (options.method ?? 'GET').toUpperCase();
  const p = options.pathApi ?? path;
  if (method !== 'GET' && method !== 'HEAD') return refused(405, 'Method not allowed');

  const url = parseUrl(requestUrl);
  if (!url) return refused(400, 'Bad request');
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') {
    return refused(403, 'Forbidden');
  }

  const rawPath = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
  const segments: string[] = [];
  for (const raw of rawPath.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return refused(400, 'Bad request');
    }
    // The URL parser already resolved "." and ".." (also when percent-encoded); what is left here
    // is an attempt to smuggle them, or separators, past it.
    if (segment === '' || segment === '.' || segment === '..' || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return refused(403, 'Forbidden');
    }
    segments.push(segment);
  }

  const root = p.resolve(rootDir);
  const filePath = p.resolve(root, ...segments);
  const relative = p.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || p.isAbsolute(relative)) return refused(403, 'Forbidden');

  const last = segments[segments.length - 1] ?? '';
  return { kind: 'file', filePath, fallbackToIndex: p.extname(last) === '' };
}

function refused(status: 400 | 403 | 404 | 405, reason: string): AppFileLookup {
  return { kind: 'refused', status, reason };
}
