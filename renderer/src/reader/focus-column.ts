// Moving keyboard focus into a reading column's text, so arrow keys and Page Down scroll it.
import type { ArticleId } from '../../../shared/domain';

export function columnElement(id: ArticleId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="reader-column"][data-article-id="${id}"]`);
}

export function focusColumn(id: ArticleId | undefined): void {
  if (id === undefined) return;
  const column = columnElement(id);
  const target = column?.querySelector<HTMLElement>('.column-scroll') ?? column;
  target?.focus({ preventScroll: true });
}
