// Is an imported article a changed version of one already in the library? The same canonical URL
// with related text, or the same outlet, title and format with mostly the same text (a silent edit:
// a figure changed, a paragraph removed). Identical texts never get here: they are duplicates.
import type { Database } from 'better-sqlite3';
import { exactJaccard, signText } from '../library/import-near-duplicates';

/** Word 3-shingle Jaccard a same-URL text must reach (a rewritten page at one address still shares this much). */
export const SAME_URL_MIN_JACCARD = 0.3;
/** …and a same-outlet, same-title text without a URL. */
export const SAME_TITLE_MIN_JACCARD = 0.5;

export interface IncomingArticle {
  url: string | null;
  outlet: string | null;
  title: string | null;
  sourceFormat: string;
  body: string;
}

interface Candidate {
  id: number;
  body: string;
}

export function findPreviousVersion(db: Database, incoming: IncomingArticle): { id: number; similarity: number } | null {
  const signature = signText(incoming.body);
  const best = (candidates: Candidate[], min: number) => {
    let found: { id: number; similarity: number } | null = null;
    for (const c of candidates) {
      const similarity = exactJaccard(signature, signText(c.body));
      if (similarity >= min && (!found || similarity > found.similarity)) found = { id: c.id, similarity };
    }
    return found;
  };
  if (incoming.url) {
    const sameUrl = db.prepare('SELECT id, body FROM articles WHERE url = ? ORDER BY id LIMIT 20').all(incoming.url) as Candidate[];
    const found = best(sameUrl, SAME_URL_MIN_JACCARD);
    if (found) return found;
  }
  if (incoming.title?.trim() && incoming.outlet?.trim()) {
    const sameTitle = db
      .prepare(
        `SELECT id, body FROM articles WHERE title = ? COLLATE NOCASE AND outlet = ? COLLATE NOCASE AND source_format = ?
         ORDER BY id LIMIT 20`,
      )
      .all(incoming.title.trim(), incoming.outlet.trim(), incoming.sourceFormat) as Candidate[];
    return best(sameTitle, SAME_TITLE_MIN_JACCARD);
  }
  return null;
}
