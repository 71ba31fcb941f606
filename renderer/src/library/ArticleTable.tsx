// The library as a sortable table: title, outlet, authors, date, length. Rows open an article;
// Ctrl/Cmd/Shift or the "Open beside" button adds a column instead.
import { useMemo, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../../../shared/domain';
import {
  authorsLabel,
  displayTitle,
  formatCount,
  formatDate,
  outletLabel,
} from '../labels/article-labels';
import { SortIcon } from '../ui/icons';
import { OpenBesideButton } from './OpenBesideButton';
import { useRowNavigation, type OpenIntent } from './row-navigation';
import { defaultSort, nextSort, sortArticles, type SortKey, type SortOrder } from './sort-articles';

interface Props {
  articles: readonly ArticleSummary[];
  openIds: readonly ArticleId[];
  activeId: ArticleId | null;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
  navigation: ReturnType<typeof useRowNavigation>;
}

const COLUMNS: { key: SortKey; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'cell-title' },
  { key: 'outlet', label: 'Outlet', className: 'cell-outlet' },
  { key: 'authors', label: 'Authors', className: 'cell-authors' },
  { key: 'publishedAt', label: 'Date', className: 'cell-date' },
  { key: 'wordCount', label: 'Words', className: 'cell-words' },
];

export function ArticleTable({ articles, openIds, activeId, onOpen, navigation }: Props) {
  const [order, setOrder] = useState<SortOrder>(defaultSort);
  const sorted = useMemo(() => sortArticles(articles, order), [articles, order]);

  return (
    <div
      className="article-table"
      role="table"
      aria-label="Articles in the library"
      aria-rowcount={sorted.length + 1}
      data-testid="library-list"
    >
      <div role="rowgroup" className="article-table-head">
        <div role="row" className="article-row article-row-head">
          {COLUMNS.map((column) => {
            const direction = order.key === column.key ? order.direction : 'none';
            return (
              <div role="columnheader" aria-sort={direction} className={column.className} key={column.key}>
                <button
                  type="button"
                  className="sort-button"
                  onClick={() => setOrder((o) => nextSort(o, column.key))}
                  title={`Sort by ${column.label.toLowerCase()}`}
                >
                  <span>{column.label}</span>
                  <SortIcon direction={direction} />
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="article-table-body" ref={(el) => void (navigation.containerRef.current = el)}>
        {sorted.map((article, index) => {
          const title = displayTitle(article.title, article.sourceName);
          const open = (intent: OpenIntent) => onOpen(article.id, intent);
          const row = navigation.rowProps(index, open);
          return (
            <div
              role="row"
              className="article-row"
              key={article.id}
              data-testid="library-row"
              data-article-id={article.id}
              data-open={openIds.includes(article.id) || undefined}
              aria-current={article.id === activeId ? 'true' : undefined}
              aria-label={`${title}, ${outletLabel(article.outlet)}`}
              {...row}
            >
              <div role="cell" className="cell-title">
                <span className={article.title ? 'title-text' : 'title-text is-untitled'} title={title}>
                  {title}
                </span>
                <OpenBesideButton tabIndex={row.tabIndex} onOpenBeside={() => open({ beside: true })} />
              </div>
              <div role="cell" className={article.outlet ? 'cell-outlet' : 'cell-outlet is-unknown'}>
                {outletLabel(article.outlet)}
              </div>
              <div role="cell" className={article.authors.length ? 'cell-authors' : 'cell-authors is-unknown'}>
                {authorsLabel(article.authors)}
              </div>
              <div role="cell" className={article.publishedAt ? 'cell-date' : 'cell-date is-unknown'}>
                {article.publishedAt ? (
                  <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, 'short')}</time>
                ) : (
                  'Date unknown'
                )}
              </div>
              <div role="cell" className="cell-words">
                {formatCount(article.wordCount)}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
