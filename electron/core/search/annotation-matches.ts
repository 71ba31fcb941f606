// The person's own words count in search: articles whose highlighted passages or notes hold every
// word of the query (stemmed and folded as in the index) join the one ranked list, marked as
// matched in "highlights" or "notes". Annotations are few next to articles, so they are read and
// matched in JS on each search.
import type { Database } from 'better-sqlite3';
import type { QueryClause } from './parse-query';
import { bodyTerms, containsMatch } from './snippet';

export type AnnotationField = 'highlights' | 'notes';

/** Articles whose highlights or notes match every positive clause of the query, and where. */
export function annotationMatches(db: Database, clauses: QueryClause[]): Map<number, AnnotationField[]> {
  const out = new Map<number, AnnotationField[]>();
  // A clause naming a field (title:, author:, outlet:) cannot match in annotations.
  const positives = clauses.filter((c) => !(c.length === 1 && c[0]!.negated));
  if (!positives.length || positives.some((c) => c.every((t) => t.field !== null))) return out;
  const clauseTerms = positives.map((c) => bodyTerms([c]));
  const excluded = bodyTerms(clauses.filter((c) => c.length === 1 && c[0]!.negated).map((c) => [{ ...c[0]!, negated: false }]));
  const texts = annotationTexts(db);
  for (const field of ['highlights', 'notes'] as const) {
    for (const [articleId, text] of texts[field]) {
      if (!clauseTerms.every((terms) => containsMatch(text, terms))) continue;
      if (excluded.length && containsMatch(text, excluded)) continue;
      out.set(articleId, [...(out.get(articleId) ?? []), field]);
    }
  }
  return out;
}

/** Each article's highlighted passages and its notes, each joined into one text. */
function annotationTexts(db: Database): Record<AnnotationField, Map<number, string>> {
  const collect = (rows: { article_id: number; text: string }[]) => {
    const byArticle = new Map<number, string>();
    for (const r of rows) byArticle.set(r.article_id, (byArticle.has(r.article_id) ? `${byArticle.get(r.article_id)}\n\n` : '') + r.text);
    return byArticle;
  };
  return {
    highlights: collect(db.prepare('SELECT article_id, quote_exact AS text FROM highlights').all() as { article_id: number; text: string }[]),
    notes: collect(db.prepare('SELECT article_id, body AS text FROM notes').all() as { article_id: number; text: string }[]),
  };
}
