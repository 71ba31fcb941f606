// Reads the PDF document information dictionary into article metadata, where it is plausible: word
// processors and print drivers fill Title with file names ("Microsoft Word - draft3.docx") or nothing.
import type { ArticleMetadata } from '../../../../shared/domain';

export interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
  Language?: unknown;
}

const JUNK_TITLE = /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|odt|rtf|html?|txt))$/i;

export function readPdfInfo(info: PdfInfo | null | undefined): Pick<ArticleMetadata, 'title' | 'authors' | 'publishedAt' | 'language'> {
  const title = text(info?.Title);
  const author = text(info?.Author);
  const language = /^([a-z]{2,3})(?:[-_]|$)/i.exec(text(info?.Language) ?? '')?.[1]?.toLowerCase() ?? null;
  return {
    title: title && !JUNK_TITLE.test(title) && /\p{L}{2}/u.test(title) ? title : null,
    authors: author ? author.split(/\s*[;,]\s*|\s+and\s+/).filter((a) => /\p{L}/u.test(a)) : [],
    publishedAt: parsePdfDate(text(info?.CreationDate)),
    language,
  };
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : null;
}

/** "D:20240517083000Z" or "D:20240517083000+02'00'" → "2024-05-17". */
export function parsePdfDate(value: string | null): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value ?? '');
  if (!m || !m[2] || !m[3]) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1990 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
