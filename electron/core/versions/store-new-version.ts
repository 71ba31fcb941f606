// Storing a changed version of an article: the current text is kept as an earlier version, the
// article takes the new text (fields the person edited stay), its original file is replaced, and
// each highlight is re-anchored onto the new text (one that cannot be placed stays orphaned).
import type { Database } from 'better-sqlite3';
import type { Block } from '../../../shared/domain';
import { blocksToText, countWords } from '../../../shared/text';
import { anchorHighlight } from '../annotations/anchoring/anchor-highlight';
import { describeRange } from '../annotations/anchoring/text-position';
import { listHighlights, setHighlightTarget } from '../annotations/highlights';
import { getArticle } from '../library/articles';
import { keepCurrentAsVersion } from './version-store';

export interface NewVersion {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  language: string | null;
  blocks: Block[];
  contentHash: string;
  sourceName: string;
  sourceFormat: string;
  original: Uint8Array;
  originalHash: string;
}

/** Call inside the import's transaction. Returns the new version's number. */
export function storeNewVersion(db: Database, articleId: number, v: NewVersion): { version: number; highlightsMoved: number; highlightsOrphaned: number } {
  const now = new Date().toISOString();
  const current = getArticle(db, articleId);
  const kept = keepCurrentAsVersion(db, articleId, now);
  const edited = new Set(current.editedFields);
  const keep = <T>(field: string, mine: T, fresh: T): T => (edited.has(field) ? mine : fresh);
  const authors = keep('authors', current.authors, v.authors);
  const body = blocksToText(v.blocks);
  db.prepare(
    `UPDATE articles SET title = ?, subtitle = ?, authors_json = ?, authors_text = ?, outlet = ?, published_at = ?, url = ?,
       language = ?, blocks_json = ?, body = ?, word_count = ?, content_hash = ?, source_name = ?, source_format = ?, updated_at = ?
     WHERE id = ?`,
  ).run(
    keep('title', current.title, v.title),
    v.subtitle,
    JSON.stringify(authors),
    authors.join(', '),
    keep('outlet', current.outlet, v.outlet),
    keep('publishedAt', current.publishedAt, v.publishedAt ?? current.publishedAt),
    keep('url', current.url, current.url ?? v.url),
    v.language,
    JSON.stringify(v.blocks),
    body,
    countWords(body),
    v.contentHash,
    v.sourceName,
    v.sourceFormat,
    now,
    articleId,
  );
  db.prepare('UPDATE article_originals SET bytes = ?, byte_hash = ? WHERE article_id = ?').run(Buffer.from(v.original), v.originalHash, articleId);
  let highlightsMoved = 0;
  let highlightsOrphaned = 0;
  for (const h of listHighlights(db, articleId)) {
    const anchor = anchorHighlight(body, h);
    if (anchor.status === 'orphaned') highlightsOrphaned++;
    else {
      if (anchor.status === 'approximate') highlightsMoved++;
      setHighlightTarget(db, h.id, describeRange(body, anchor));
    }
  }
  return { version: kept + 1, highlightsMoved, highlightsOrphaned };
}
