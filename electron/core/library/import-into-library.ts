// Import of one source into the library: extract, then store in one transaction, or report it as
// a duplicate or a specific rejection. Nothing is half-stored: the article, its original bytes and
// its search index entry are written together or not at all.
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportItem } from '../../../shared/domain';
import { ParallaxError, toApiError } from '../../../shared/errors';
import { blocksToText, countWords } from '../../../shared/text';
import { extractArticle } from '../import/extract-article';
import type { ExtractedArticle, SourceFile } from '../import/types';
import { findArticleIdByContentHash, findArticleIdByOriginalHash, getArticle, insertArticle } from './articles';

export function importSource(db: Database, source: SourceFile, label = source.name): ImportItem {
  const originalHash = sha256(source.bytes);
  const sameBytes = findArticleIdByOriginalHash(db, originalHash);
  if (sameBytes !== null) return duplicate(db, label, sameBytes);

  let extracted: ExtractedArticle;
  try {
    extracted = extractArticle(source);
  } catch (err) {
    return rejected(label, err);
  }
  const body = blocksToText(extracted.blocks);
  if (!body.trim()) return rejected(label, new ParallaxError('NOT_AN_ARTICLE', 'not an article: no readable text'));
  const contentHash = sha256(new TextEncoder().encode(normaliseForHash(body)));

  try {
    return db.transaction((): ImportItem => {
      const existing = findArticleIdByContentHash(db, contentHash);
      if (existing !== null) return duplicate(db, label, existing);
      const m = extracted.metadata;
      const id = insertArticle(db, {
        title: m.title,
        subtitle: extracted.subtitle,
        authors: m.authors,
        outlet: m.outlet,
        publishedAt: m.publishedAt,
        url: m.url,
        language: m.language,
        blocks: extracted.blocks,
        body,
        wordCount: countWords(body),
        contentHash,
        sourceName: source.name,
        sourceFormat: extracted.format,
        original: source.bytes,
        originalHash,
      });
      return { file: label, status: 'imported', id, title: m.title };
    })();
  } catch (err) {
    return rejected(label, new ParallaxError('LIBRARY_ERROR', `could not be stored: ${(err as Error).message}`));
  }
}

function duplicate(db: Database, label: string, id: number): ImportItem {
  const title = getArticle(db, id).title;
  return { file: label, status: 'duplicate', id, title, reason: `already in the library as article ${id}` };
}

function rejected(label: string, err: unknown): ImportItem {
  const e = toApiError(err);
  return { file: label, status: 'rejected', code: e.code, reason: e.message };
}

function normaliseForHash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
