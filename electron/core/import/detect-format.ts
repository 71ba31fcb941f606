// Decides which extractor reads a file, from its extension (and, for .txt, a peek at HTML markup).
// Formats we will read later are named as such, so the user knows it is not their file's fault.
import type { SourceFormat } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';

export type ReadableFormat = Extract<SourceFormat, 'txt' | 'md' | 'html'>;

const BY_EXTENSION: Record<string, ReadableFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const LATER: Record<string, string> = { pdf: 'PDF', mhtml: 'MHTML', mht: 'MHTML' };

export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function detectFormat(name: string): ReadableFormat {
  const ext = fileExtension(name);
  const format = BY_EXTENSION[ext];
  if (format) return format;
  const later = LATER[ext];
  if (later) throw new ParallaxError('UNSUPPORTED_FORMAT', `${later} import is not supported yet`);
  throw new ParallaxError('UNSUPPORTED_FORMAT', ext ? `unsupported format: .${ext}` : 'unsupported format: no file extension');
}

/** A "page.txt" that is really a saved web page is read as HTML. */
export function sniffHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}
