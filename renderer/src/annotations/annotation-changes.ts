// "An article's highlights or notes changed": said by the column that changed them, heard by
// views that show them elsewhere (notes from the story in other columns), so they stay current.
import type { ArticleId } from '../../../shared/domain';

const listeners = new Set<(articleId: ArticleId) => void>();

export function announceAnnotationsChanged(articleId: ArticleId): void {
  for (const l of listeners) l(articleId);
}

export function onAnnotationsChanged(listener: (articleId: ArticleId) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
