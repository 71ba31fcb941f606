// SQL for highlights with their note and tags. Values are always bound parameters; callers
// wrap writes that belong together in one transaction.
import type { Database } from 'better-sqlite3';
import type { Highlight, HighlightColor, TextPositionSelector, TextQuoteSelector } from '../../../shared/annotations';
import { ParallaxError } from '../../../shared/errors';
import { normaliseTags } from './article-tags';

interface HighlightRow {
  id: number;
  article_id: number;
  color: string;
  quote_exact: string;
  quote_prefix: string;
  quote_suffix: string;
  position_start: number;
  position_end: number;
  created_at: string;
  updated_at: string;
  note: string | null;
}

const SELECT_HIGHLIGHTS = `SELECT h.*, n.body AS note FROM highlights h
  LEFT JOIN notes n ON n.highlight_id = h.id`;

export interface NewHighlight {
  articleId: number;
  color: HighlightColor;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export function insertHighlight(db: Database, h: NewHighlight): number {
  const now = new Date().toISOString();
  const info = db
    .prepare(
      `INSERT INTO highlights (article_id, color, quote_exact, quote_prefix, quote_suffix, position_start, position_end, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(h.articleId, h.color, h.quote.exact, h.quote.prefix, h.quote.suffix, h.position.start, h.position.end, now, now);
  return Number(info.lastInsertRowid);
}

export function getHighlight(db: Database, id: number): Highlight {
  const row = db.prepare(`${SELECT_HIGHLIGHTS} WHERE h.id = ?`).get(id) as HighlightRow | undefined;
  if (!row) throw new ParallaxError('NOT_FOUND', `There is no highlight ${id}; it may have been deleted.`);
  return toHighlight(row, tagsOf(db, [id]).get(id) ?? []);
}

export function listHighlights(db: Database, articleId: number): Highlight[] {
  const rows = db.prepare(`${SELECT_HIGHLIGHTS} WHERE h.article_id = ? ORDER BY h.position_start, h.id`).all(articleId) as HighlightRow[];
  return withTags(db, rows);
}

export interface HighlightFilter {
  /** Words to find in the quote or the note (a plain substring, case-insensitive). */
  query?: string;
  color?: HighlightColor;
  articleId?: number;
  /** Exact outlet name. */
  outlet?: string;
  /**
   * A tag: narrows to highlights with that explicit tag or whose note mentions `#tag`. The note
   * match is a substring here; callers check the parsed hashtags.
   */
  tag?: string;
}

export type FoundHighlight = Highlight & { articleTitle: string | null; articleOutlet: string | null };

export function findHighlights(db: Database, filter: HighlightFilter): FoundHighlight[] {
  const like = filter.query?.trim() ? `%${escapeLike(filter.query.trim())}%` : null;
  const tag = filter.tag?.trim().replace(/^#+/, '') || null;
  const rows = db
    .prepare(
      `SELECT h.*, n.body AS note, a.title AS article_title, a.outlet AS article_outlet FROM highlights h
       JOIN articles a ON a.id = h.article_id
       LEFT JOIN notes n ON n.highlight_id = h.id
       WHERE (@color IS NULL OR h.color = @color)
         AND (@articleId IS NULL OR h.article_id = @articleId)
         AND (@outlet IS NULL OR a.outlet = @outlet)
         AND (@like IS NULL OR h.quote_exact LIKE @like ESCAPE '\\' OR n.body LIKE @like ESCAPE '\\')
         AND (@tag IS NULL
              OR EXISTS (SELECT 1 FROM annotation_tags t WHERE t.highlight_id = h.id AND t.tag = @tag COLLATE NOCASE)
              OR n.body LIKE @tagLike ESCAPE '\\')
       ORDER BY h.updated_at DESC, h.id DESC LIMIT 2000`,
    )
    .all({
      color: filter.color ?? null,
      articleId: filter.articleId ?? null,
      outlet: filter.outlet ?? null,
      like,
      tag,
      tagLike: tag ? `%#${escapeLike(tag)}%` : null,
    }) as (HighlightRow & {
    article_title: string | null;
    article_outlet: string | null;
  })[];
  const tags = tagsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...toHighlight(r, tags.get(r.id) ?? []), articleTitle: r.article_title, articleOutlet: r.article_outlet }));
}

export function setHighlightColor(db: Database, id: number, color: HighlightColor): void {
  db.prepare('UPDATE highlights SET color = ?, updated_at = ? WHERE id = ?').run(color, new Date().toISOString(), id);
}

/** Points the highlight at another passage (a repair, or its words found elsewhere after a re-clean). */
export function setHighlightTarget(db: Database, id: number, target: { quote: TextQuoteSelector; position: TextPositionSelector }): void {
  db.prepare(
    `UPDATE highlights SET quote_exact = ?, quote_prefix = ?, quote_suffix = ?, position_start = ?, position_end = ?, updated_at = ? WHERE id = ?`,
  ).run(target.quote.exact, target.quote.prefix, target.quote.suffix, target.position.start, target.position.end, new Date().toISOString(), id);
}

/** An empty or null body removes the note. */
export function setHighlightNote(db: Database, id: number, articleId: number, body: string | null): void {
  const now = new Date().toISOString();
  if (body === null || !body.trim()) {
    db.prepare('DELETE FROM notes WHERE highlight_id = ?').run(id);
  } else {
    db.prepare(
      `INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (highlight_id) WHERE highlight_id IS NOT NULL DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ).run(articleId, id, body, now, now);
  }
  db.prepare('UPDATE highlights SET updated_at = ? WHERE id = ?').run(now, id);
}

export function setHighlightTags(db: Database, id: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM annotation_tags WHERE highlight_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO annotation_tags (highlight_id, tag) VALUES (?, ?)');
  for (const tag of normaliseTags(tags)) insert.run(id, tag);
}

export function deleteHighlightRow(db: Database, id: number): void {
  db.prepare('DELETE FROM highlights WHERE id = ?').run(id);
}

/** Every tag used on an article's highlights, for the export's front matter. */
export function articleTags(db: Database, articleId: number): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT t.tag FROM annotation_tags t JOIN highlights h ON h.id = t.highlight_id
       WHERE h.article_id = ? ORDER BY t.tag`,
    )
    .all(articleId) as { tag: string }[];
  return rows.map((r) => r.tag);
}

function withTags(db: Database, rows: HighlightRow[]): Highlight[] {
  const tags = tagsOf(db, rows.map((r) => r.id));
  return rows.map((r) => toHighlight(r, tags.get(r.id) ?? []));
}

function tagsOf(db: Database, ids: readonly number[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!ids.length) return out;
  // json_each binds the whole id list as one parameter.
  const rows = db
    .prepare('SELECT highlight_id, tag FROM annotation_tags WHERE highlight_id IN (SELECT value FROM json_each(?)) ORDER BY tag')
    .all(JSON.stringify(ids)) as { highlight_id: number; tag: string }[];
  for (const r of rows) out.set(r.highlight_id, [...(out.get(r.highlight_id) ?? []), r.tag]);
  return out;
}

function toHighlight(row: HighlightRow, tags: string[]): Highlight {
  return {
    id: row.id,
    articleId: row.article_id,
    color: row.color as HighlightColor,
    quote: { type: 'TextQuoteSelector', exact: row.quote_exact, prefix: row.quote_prefix, suffix: row.quote_suffix },
    position: { type: 'TextPositionSelector', start: row.position_start, end: row.position_end },
    note: row.note,
    tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
