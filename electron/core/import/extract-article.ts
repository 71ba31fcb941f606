// The importer's extraction step: checks the file, picks the format, decodes it and hands the text to
// that format's extractor. Returns metadata, blocks and what cleaning removed, or throws ParallaxError.
import type { ArticleMetadata } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText, countWords } from '../../../shared/text';
import { decodeText } from './decode-text';
import { assertNotBinaryBytes, assertNotBinaryText } from './detect-binary';
import { detectFormat, sniffHtml, type ReadableFormat } from './detect-format';
import { guessLanguage } from './detect-language';
import { extractHtml } from './html/extract-html';
import { extractMarkdown } from './markdown/extract-markdown';
import { findBylineInBlocks } from './markdown/find-byline';
import { cleanPlainText } from './text/clean-plain-text';
import { MAX_FILE_BYTES, MIN_FILE_BYTES, MIN_ARTICLE_WORDS, type ExtractedArticle, type SourceFile } from './types';

function emptyMetadata(): ArticleMetadata {
  return { title: null, authors: [], outlet: null, publishedAt: null, url: null, language: null };
}

export function extractArticle(file: SourceFile): ExtractedArticle {
  const size = file.bytes.byteLength;
  let format: ReadableFormat = detectFormat(file.name);
  if (size > MAX_FILE_BYTES) throw new ParallaxError('FILE_TOO_LARGE', 'file larger than the 50 MB limit');
  if (size === 0) throw new ParallaxError('NOT_AN_ARTICLE', 'not an article: empty file');
  assertNotBinaryBytes(file.bytes);
  if (size < MIN_FILE_BYTES) throw new ParallaxError('NOT_AN_ARTICLE', `not an article: ${size}-byte file`);
  const text = decodeText(file.bytes);
  assertNotBinaryText(text);
  if (format === 'txt' && sniffHtml(text)) format = 'html';

  const article = extractByFormat(format, text);
  const body = blocksToText(article.blocks);
  const words = countWords(body);
  if (words < MIN_ARTICLE_WORDS) {
    throw new ParallaxError('NOT_AN_ARTICLE', words === 0 ? 'not an article: no readable text found' : `not an article: only ${words} words of text`);
  }
  article.metadata.language ??= guessLanguage(body);
  return article;
}

function extractByFormat(format: ReadableFormat, text: string): ExtractedArticle {
  if (format === 'html') {
    const { metadata, blocks, removed } = extractHtml(text);
    const { subtitle, ...rest } = metadata;
    return { format, metadata: rest, subtitle, blocks, removed };
  }
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
