// The importer's extraction step: checks the file, picks the format, decodes it and hands the text to
// that format's extractor. Resolves to metadata, blocks and what cleaning removed, or rejects with
// ParallaxError. Async because PDF reading is; it runs in an import worker, never on the UI's thread.
import type { ArticleMetadata } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText, countWords } from '../../../shared/text';
import { decodeText } from './decode-text';
import { assertNotBinaryBytes, assertNotBinaryText } from './detect-binary';
import { detectFormat, sniffHtml, sniffPdf, type ReadableFormat } from './detect-format';
import { guessLanguage } from './detect-language';
import { extractHtml, type ExtractedHtml } from './html/extract-html';
import { extractMarkdown } from './markdown/extract-markdown';
import { findBylineInBlocks } from './markdown/find-byline';
import { extractMhtml } from './mhtml/extract-mhtml';
import { extractPdf } from './pdf/extract-pdf';
import { cleanPlainText } from './text/clean-plain-text';
import { MAX_FILE_BYTES, MIN_FILE_BYTES, MIN_ARTICLE_WORDS, type ExtractedArticle, type SourceFile } from './types';

function emptyMetadata(): ArticleMetadata {
  return { title: null, authors: [], outlet: null, publishedAt: null, url: null, language: null };
}

export async function extractArticle(file: SourceFile): Promise<ExtractedArticle> {
  const format = checkFile(file);
  return checkArticle(format === 'pdf' ? await extractPdf(file.bytes) : extractMarkup(format, file.bytes));
}

/**
 * Transitional, for the bundled sample corpus that `startCore` imports synchronously: every format but
 * PDF, in this thread. Everything else uses `extractArticle` (through the worker pool).
 */
export function extractArticleSync(file: SourceFile): ExtractedArticle {
  const format = checkFile(file);
  if (format === 'pdf') throw new ParallaxError('UNSUPPORTED_FORMAT', 'PDF is read only by the import workers');
  return checkArticle(extractMarkup(format, file.bytes));
}

/** Refusals that need no parsing; returns the format to read the file as. */
function checkFile(file: SourceFile): ReadableFormat {
  const size = file.bytes.byteLength;
  let format: ReadableFormat = detectFormat(file.name);
  if (size > MAX_FILE_BYTES) throw new ParallaxError('FILE_TOO_LARGE', 'file larger than the 50 MB limit');
  if (size === 0) throw new ParallaxError('NOT_AN_ARTICLE', 'not an article: empty file');
  // A PDF saved under another name is still a PDF; anything else named .pdf gets pdf.js's verdict.
  if (sniffPdf(file.bytes)) format = 'pdf';
  if (format !== 'pdf') assertNotBinaryBytes(file.bytes);
  if (size < MIN_FILE_BYTES) throw new ParallaxError('NOT_AN_ARTICLE', `not an article: ${size}-byte file`);
  return format;
}

function extractMarkup(format: Exclude<ReadableFormat, 'pdf'>, bytes: Uint8Array): ExtractedArticle {
  return format === 'mhtml' ? fromHtml('mhtml', extractMhtml(bytes)) : extractText(format, bytes);
}

function checkArticle(article: ExtractedArticle): ExtractedArticle {
  const body = blocksToText(article.blocks);
  const words = countWords(body);
  if (words < MIN_ARTICLE_WORDS) {
    throw new ParallaxError('NOT_AN_ARTICLE', words === 0 ? 'not an article: no readable text found' : `not an article: only ${words} words of text`);
  }
  article.metadata.language ??= guessLanguage(body);
  return article;
}

function fromHtml(format: 'html' | 'mhtml', { metadata, blocks, removed }: ExtractedHtml): ExtractedArticle {
  const { subtitle, ...rest } = metadata;
  return { format, metadata: rest, subtitle, blocks, removed };
}

function extractText(declared: 'txt' | 'md' | 'html', bytes: Uint8Array): ExtractedArticle {
  const text = decodeText(bytes);
  assertNotBinaryText(text);
  const format = declared === 'txt' && sniffHtml(text) ? 'html' : declared;
  if (format === 'html') return fromHtml('html', extractHtml(text));
  if (format === 'md') {
    const { title, blocks } = extractMarkdown(text);
    const byline = findBylineInBlocks(blocks);
    const metadata = { ...emptyMetadata(), title, authors: byline.authors, publishedAt: byline.publishedAt };
    return { format, metadata, subtitle: null, blocks: byline.blocks, removed: byline.removed };
  }
  const cleaned = cleanPlainText(text);
  const metadata: ArticleMetadata = {
    ...emptyMetadata(),
    title: cleaned.title,
    authors: cleaned.authors,
    outlet: cleaned.outlet,
    publishedAt: cleaned.publishedAt,
  };
  return { format, metadata, subtitle: cleaned.subtitle, blocks: cleaned.blocks, removed: cleaned.removed };
}
