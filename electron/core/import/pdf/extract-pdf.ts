// Reads a PDF's text layer with pdf.js (no worker thread of its own, no fonts, no network, no eval),
// rebuilds paragraphs, drops running headers, footers and page numbers, then runs the plain-text cleaner.
import path from 'node:path';
import { ParallaxError } from '../../../../shared/errors';
import { loadPdfjs } from '../esm-packages';
import { cleanPlainText } from '../text/clean-plain-text';
import { buildVocabulary, endsWithWordHyphen, joinHyphenated, type Vocabulary } from '../text/join-hyphenation';
import type { ExtractedArticle, RemovedLine } from '../types';
import { findPageFurniture } from './page-furniture';
import { itemsToLines, type PdfLine } from './pdf-lines';
import { readPdfInfo, type PdfInfo } from './pdf-metadata';

/** An article is a few dozen pages at most; a 2,000-page book would only stall the import. */
export const MAX_PDF_PAGES = 500;

// Local data shipped with pdf.js: character maps for CJK fonts and the 14 standard fonts' metrics.
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedArticle> {
  const pages = await readPdfPages(bytes);
  const { drop } = findPageFurniture(pages.lines);
  const removed: RemovedLine[] = [];
  const kept = pages.lines.map((lines, p) =>
    lines.filter((line, i) => {
      const reason = drop[p]!.get(i);
      if (reason) removed.push({ text: line.text, reason });
      return !reason;
    }),
  );
  const rawText = kept.flat().map((l) => l.text).join('\n');
  if (!/[\p{L}\p{N}]/u.test(rawText)) {
    throw new ParallaxError('NOT_AN_ARTICLE', 'PDF has no text layer (scanned pages or images only), so there is nothing to read');
  }
  const vocabulary = buildVocabulary(rawText);
  // Paragraphs separated by blank lines; a page break is one too, and the cleaner rejoins a
  // paragraph cut mid-sentence by it.
  const text = kept.map((lines) => toParagraphs(lines, vocabulary).join('\n\n')).join('\n\n');
  const cleaned = cleanPlainText(text);
  const info = readPdfInfo(pages.info);
  return {
    format: 'pdf',
    metadata: {
      title: cleaned.title ?? info.title,
      authors: cleaned.authors.length ? cleaned.authors : info.authors,
      outlet: cleaned.outlet,
      // CreationDate is when the PDF was made (often the day it was printed): only a fallback.
      publishedAt: cleaned.publishedAt ?? info.publishedAt,
      url: null,
      language: info.language,
    },
    subtitle: cleaned.subtitle,
    blocks: cleaned.blocks,
    removed: [...removed, ...cleaned.removed],
  };
}

function toParagraphs(lines: readonly PdfLine[], vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (last < 0 || line.paragraphBefore) out.push(line.text);
    else out[last] = endsWithWordHyphen(out[last]!) ? joinHyphenated(out[last]!, line.text, vocabulary) : `${out[last]} ${line.text}`;
  }
  return out;
}

interface PdfPages {
  lines: PdfLine[][];
  info: PdfInfo | null;
}

async function readPdfPages(bytes: Uint8Array): Promise<PdfPages> {
  const pdfjs = loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js may detach the buffer it is given; the caller still needs it
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    stopAtErrors: true,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: path.join(PDFJS_DIR, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(PDFJS_DIR, 'standard_fonts') + path.sep,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new ParallaxError('FILE_TOO_LARGE', `PDF has ${doc.numPages} pages, more than the ${MAX_PDF_PAGES}-page limit for an article`);
    }
    const meta = await doc.getMetadata().catch(() => null);
    const lines: PdfLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      lines.push(itemsToLines(content.items));
      page.cleanup();
    }
    return { lines, info: (meta?.info as PdfInfo | undefined) ?? null };
  } catch (err) {
    throw describePdfError(err);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function describePdfError(err: unknown): ParallaxError {
  if (err instanceof ParallaxError) return err;
  const name = (err as Error | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new ParallaxError('DECODE_FAILED', 'PDF is password-protected (encrypted); save an unprotected copy and import that');
  }
  if (name === 'InvalidPDFException') {
    return new ParallaxError('DECODE_FAILED', 'PDF is damaged or truncated: its structure cannot be read');
  }
  const detail = String((err as Error | null)?.message ?? err).slice(0, 120);
  return new ParallaxError('DECODE_FAILED', `PDF is damaged and cannot be read (${detail})`);
}
