// Re-cleaning: extracts a stored article again from its original bytes with the current cleaner.
// Fields the person edited stay as they are; highlights whose words only moved are re-attached in
// the same transaction, the others re-anchor on read (approximately, or as orphans kept with their quote).
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import type { RecleanReport } from '../../../shared/import-jobs';
import { blocksToText, countWords } from '../../../shared/text';
import type { ExtractedArticle, SourceFile } from '../import/types';
import { createExtractionPool } from '../import/worker/extraction-pool';
import { reattachHighlights, type AnchoringCounts } from '../annotations/anchoring/reattach-highlights';
import { getArticle } from './articles';

interface OriginalRow {
  name: string;
  bytes: Buffer;
}

export function allArticleIds(db: Database): number[] {
  return db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
}

/** Re-extracts each article in worker threads and updates it in its own transaction. */
export async function recleanArticles(db: Database, ids: readonly number[], options: { workers?: number } = {}): Promise<RecleanReport> {
  const report: RecleanReport = { recleaned: [], failed: [], anchoring: [] };
  if (!ids.length) return report;
  const pool = createExtractionPool({ size: Math.min(ids.length, options.workers ?? 2) });
  try {
    await Promise.all(
      ids.map(async (id) => {
        try {
          getArticle(db, id); // NOT_FOUND before any work
          const original = readOriginal(db, id);
          const counts = applyReclean(db, id, await pool.extract(original));
          report.recleaned.push(id);
          if (counts.exact + counts.approximate + counts.orphaned > 0) report.anchoring.push({ id, ...counts });
        } catch (err) {
          report.failed.push({ id, reason: err instanceof ParallaxError || err instanceof Error ? err.message : String(err) });
        }
      }),
    );
  } finally {
    await pool.close();
  }
  report.recleaned.sort((a, b) => a - b);
  report.failed.sort((a, b) => a.id - b.id);
  report.anchoring.sort((a, b) => a.id - b.id);
  return report;
}

function readOriginal(db: Database, id: number): SourceFile {
  const row = db
    .prepare(
      `SELECT a.source_name AS name, o.bytes AS bytes FROM articles a JOIN article_originals o ON o.article_id = a.id WHERE a.id = ?`,
    )
    .get(id) as OriginalRow | undefined;
  if (!row) throw new Error('its original file is not in the library');
  return { name: row.name, bytes: new Uint8Array(row.bytes) };
}

/** Writes the new text and the metadata the person did not edit; says how the highlights re-attached. */
export function applyReclean(db: Database, id: number, extracted: ExtractedArticle): AnchoringCounts {
  const body = blocksToText(extracted.blocks);
  if (!body.trim()) throw new Error('the current cleaner finds no readable text in the original');
  return db.transaction(() => {
    const current = getArticle(db, id);
    const edited = new Set(current.editedFields);
    const m = extracted.metadata;
    const keep = <T>(field: string, mine: T, fresh: T): T => (edited.has(field) ? mine : fresh);
    const authors = keep('authors', current.authors, m.authors);
    db.prepare(
      `UPDATE articles SET title = ?, subtitle = ?, authors_json = ?, authors_text = ?, outlet = ?, published_at = ?,
         url = ?, language = ?, blocks_json = ?, body = ?, word_count = ?, content_hash = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      keep('title', current.title, m.title),
      extracted.subtitle,
      JSON.stringify(authors),
      authors.join(', '),
      keep('outlet', current.outlet, m.outlet),
      keep('publishedAt', current.publishedAt, m.publishedAt),
      keep('url', current.url, current.url ?? m.url), // a dropped link's URL stays canonical
      m.language,
      JSON.stringify(extracted.blocks),
      body,
      countWords(body),
      crypto.createHash('sha256').update(body.toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex'),
      new Date().toISOString(),
      id,
    );
    return reattachHighlights(db, id, body);
  })();
}
