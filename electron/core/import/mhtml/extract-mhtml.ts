// Extracts an article from a saved web page archive (.mhtml/.mht): finds the page's HTML part, decodes
// it in its declared charset and reads it like any HTML page; the archive records where it came from.
import { ParallaxError } from '../../../../shared/errors';
import { decodeDeclared, decodeText } from '../decode-text';
import { assertNotBinaryText } from '../detect-binary';
import { extractHtml, type ExtractedHtml } from '../html/extract-html';
import { headerParam, parseMimeMessage, type MimePart } from './parse-mime';

export function extractMhtml(bytes: Uint8Array): ExtractedHtml {
  const { headers, parts } = parseMimeMessage(bytes);
  const source = httpUrl(headers.get('snapshot-content-location')) ?? httpUrl(headers.get('content-location'));
  const page = pickHtmlPart(parts, source);
  if (!page) throw new ParallaxError('NOT_AN_ARTICLE', 'not an article: this MHTML archive holds no HTML page');
  const html = decodePart(page);
  assertNotBinaryText(html);
  const extracted = extractHtml(html);
  const m = extracted.metadata;
  m.url ??= source ?? httpUrl(page.headers.get('content-location'));
  m.outlet ??= m.url ? new URL(m.url).hostname.replace(/^www\./, '') : null;
  return extracted;
}

function pickHtmlPart(parts: readonly MimePart[], source: string | null): MimePart | undefined {
  const html = parts.filter((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  return html.find((p) => source !== null && httpUrl(p.headers.get('content-location')) === source) ?? html[0];
}

function decodePart(part: MimePart): string {
  const charset = headerParam(part.headers.get('content-type') ?? '', 'charset');
  return charset ? decodeDeclared(part.body, charset) : decodeText(part.body);
}

function httpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
