// Decides which extractor reads a file, from its extension (and, for .txt, a peek at HTML markup).
import type { SourceFormat } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';

export type ReadableFormat = SourceFormat;

const BY_EXTENSION: Record<string, ReadableFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  mhtml: 'mhtml',
  mht: 'mhtml',
};

export function fileExtension(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function detectFormat(name: string): ReadableFormat {
  const ext = fileExtension(name);
  const format = BY_EXTENSION[ext];
  if (format) return format;
  throw new ParallaxError('UNSUPPORTED_FORMAT', ext ? `unsupported format: .${ext}` : 'unsupported format: no file extension');
}

/** A "page.txt" that is really a saved web page is read as HTML. */
export function sniffHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

/** A PDF saved under another name: its bytes start with "%PDF-". (Text that merely mentions it does not.) */
export function sniffPdf(bytes: Uint8Array): boolean {
  return bytes.byteLength >= 5 && Buffer.from(bytes.buffer, bytes.byteOffset, 5).toString('latin1') === '%PDF-';
}
