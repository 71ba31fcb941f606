// SQL for the one note a reader keeps about a whole article (Markdown).
import type { Database } from 'better-sqlite3';
import type { ArticleNote } from '../../../shared/annotations';
import { escapeLike } from './highlights';

interface NoteRow {
  id: number;
  article_id: number;
  body: string;
  created_at: string;
  updated_at: string;
}

export function getArticleNote(db: Database, articleId: number): ArticleNote | null {
  const row = db.prepare('SELECT * FROM notes WHERE article_id = ? AND highlight_id IS NULL').get(articleId) as NoteRow | undefined;
  return row ? toNote(row) : null;
}

/** An empty body removes the note. */
export function saveArticleNote(db: Database, articleId: number, body: string): ArticleNote | null {
  if (!body.trim()) {
    db.prepare('DELETE FROM notes WHERE article_id = ? AND highlight_id IS NULL').run(articleId);
    return null;
  }
  const now = new Date().toISOString();
  db.prepare(
    `INSERT INTO notes (article_id, highlight_id, body, created_at, updated_at) VALUES (?, NULL, ?, ?, ?)
     ON CONFLICT (article_id) WHERE highlight_id IS NULL DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ).run(articleId, body, now, now);
  return getArticleNote(db, articleId);
}

export function findArticleNotes(
  db: Database,
  filter: { query?: string; articleId?: number; outlet?: string; tag?: string },
): (ArticleNote & { articleTitle: string | null; articleOutlet: string | null })[] {
  const like = filter.query?.trim() ? `%${escapeLike(filter.query.trim())}%` : null;
  const tag = filter.tag?.trim().replace(/^#+/, '') || null;
  const rows = db
    .prepare(
      `SELECT n.*, a.title AS article_title, a.outlet AS article_outlet FROM notes n JOIN articles a ON a.id = n.article_id
       WHERE n.highlight_id IS NULL
         AND (@articleId IS NULL OR n.article_id = @articleId)
         AND (@outlet IS NULL OR a.outlet = @outlet)
         AND (@like IS NULL OR n.body LIKE @like ESCAPE '\\')
         AND (@tag IS NULL
              OR EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = n.article_id AND t.tag = @tag COLLATE NOCASE)
              OR n.body LIKE @tagLike ESCAPE '\\')
       ORDER BY n.updated_at DESC LIMIT 1000`,
    )
    .all({
      articleId: filter.articleId ?? null,
      outlet: filter.outlet ?? null,
      like,
      tag,
      tagLike: tag ? `%#${escapeLike(tag)}%` : null,
    }) as (NoteRow & { article_title: string | null; article_outlet: string | null })[];
  return rows.map((r) => ({ ...toNote(r), articleTitle: r.article_title, articleOutlet: r.article_outlet }));
}

/** Every note body with the article it belongs to, for counting `#tags`. */
export function allNoteBodies(db: Database): { highlightId: number | null; articleId: number; body: string }[] {
  return (db.prepare('SELECT highlight_id, article_id, body FROM notes').all() as { highlight_id: number | null; article_id: number; body: string }[]).map(
    (r) => ({ highlightId: r.highlight_id, articleId: r.article_id, body: r.body }),
  );
}

function toNote(row: NoteRow): ArticleNote {
  return { id: row.id, articleId: row.article_id, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}
