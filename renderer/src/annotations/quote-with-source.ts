// The text "Copy quote with source" puts on the clipboard: the passage, then who published it.
import type { Article } from '../../../shared/domain';
import { displayTitle } from '../labels/article-labels';

export function quoteWithSource(quote: string, article: Pick<Article, 'title' | 'sourceName' | 'outlet' | 'authors'>): string {
  const source = [displayTitle(article.title, article.sourceName), article.outlet, article.authors.join(', ')]
    .filter((part) => part && part.trim())
    .join(', ');
  return `“${quote.trim()}”\n— ${source}`;
}
