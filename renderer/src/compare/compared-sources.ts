// One colour and one letter per compared article, fixed by its place in the comparison, so the
// same chip means the same source in every section, in the column title bars and in exports.
import type { ComparedArticle } from '../../../shared/comparison';
import type { ArticleId } from '../../../shared/domain';

/** Number of article colours compare.css defines (--compare-source-0 … -7) for each theme. */
const PALETTE_SIZE = 8;

export interface Source {
  id: ArticleId;
  letter: string;
  /** A CSS colour expression (a theme variable). */
  color: string;
  title: string;
  outlet: string | null;
}

export function sourcesOf(articles: readonly ComparedArticle[]): Source[] {
  return articles.map((article, index) => ({
    id: article.id,
    letter: String.fromCharCode(65 + (index % 26)),
    color: `var(--compare-source-${index % PALETTE_SIZE})`,
    title: article.title?.trim() || `Article ${article.id}`,
    outlet: article.outlet,
  }));
}

export type SourceLookup = (id: ArticleId) => Source | undefined;

export function lookupOf(sources: readonly Source[]): SourceLookup {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return (id) => byId.get(id);
}
