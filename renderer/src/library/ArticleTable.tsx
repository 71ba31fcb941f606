// The library as a sortable table: title, outlet, authors, date, length, and how far each
// article has been read. Rows open an article; Ctrl/Cmd/Shift or "Open beside" adds a column.
// Only the rows in view are rendered, so a library of ten thousand articles scrolls smoothly.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../../../shared/domain';
import { authorsLabel, displayTitle, formatCount, formatDate, outletLabel } from '../labels/article-labels';
import { readingOf, useRecordedProgress, type ArticleReading } from '../state/reading-progress';
import { SortIcon } from '../ui/icons';
import { OpenBesideButton } from './OpenBesideButton';
import { useRowNavigation, type OpenIntent } from './row-navigation';
import { defaultSort, nextSort, sortArticles, type SortKey, type SortOrder } from './sort-articles';
import { StatusFilter, matchesFilter, useStatusFilter } from './StatusFilter';
import { useVirtualList } from './use-virtual-list';

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
  const [filter, setFilter] = useStatusFilter();
  const recorded = useRecordedProgress();
  const reading = useMemo(() => new Map(articles.map((a) => [a.id, readingOf(a, recorded)])), [articles, recorded]);
  const sorted = useMemo(() => sortArticles(articles, order), [articles, order]);
  const shown = useMemo(
    () => (filter === 'all' ? sorted : sorted.filter((a) => matchesFilter(reading.get(a.id)!, filter))),
    [sorted, filter, reading],
  );
  const body = useRef<HTMLDivElement | null>(null);
  const virtual = useVirtualList(body, shown.length);
  const { attachVirtual } = navigation;
  useLayoutEffect(() => {
    attachVirtual({ count: shown.length, reveal: virtual.reveal });
    return () => attachVirtual(null);
  }, [attachVirtual, shown.length, virtual.reveal]);
  const { start, end, padTop, padBottom } = virtual.window;

  return (
    <>
      <StatusFilter value={filter} onChange={setFilter} readings={reading} />
      <div
        className="article-table"
        role="table"
        aria-label="Articles in the library"
        aria-rowcount={shown.length + 1}
        data-testid="library-list"
        data-row-count={shown.length}
      >
        <div role="rowgroup" className="article-table-head">
          <div role="row" className="article-row article-row-head" aria-rowindex={1}>
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
        <div
          role="rowgroup"
          className="article-table-body"
          style={{ paddingTop: padTop, paddingBottom: padBottom }}
          ref={(el) => {
            body.current = el;
            navigation.containerRef.current = el;
          }}
        >
          {shown.slice(start, end).map((article, i) => (
            <Row
              key={article.id}
              article={article}
              index={start + i}
              reading={reading.get(article.id)!}
              open={openIds.includes(article.id)}
              current={article.id === activeId}
              rowProps={navigation.rowProps(start + i, (intent) => onOpen(article.id, intent))}
              onOpen={(intent) => onOpen(article.id, intent)}
            />
          ))}
        </div>
        {shown.length === 0 ? (
          <p className="pane-quiet" role="status">
            No {filter} articles.
          </p>
        ) : null}
      </div>
    </>
  );
}

interface RowProps {
  article: ArticleSummary;
  index: number;
  reading: ArticleReading;
  open: boolean;
  current: boolean;
  rowProps: ReturnType<ReturnType<typeof useRowNavigation>['rowProps']>;
  onOpen: (intent: OpenIntent) => void;
}

const STATUS_LABEL = { unread: 'unread', reading: 'reading', done: 'read' } as const;

function Row({ article, index, reading, open, current, rowProps, onOpen }: RowProps) {
  const title = displayTitle(article.title, article.sourceName);
  const percent = Math.round(reading.progress * 100);
  const progressLabel = reading.status === 'reading' ? `${percent}% read` : STATUS_LABEL[reading.status];
  return (
    <div
      role="row"
      className="article-row"
      data-testid="library-row"
      data-article-id={article.id}
      data-reading-status={reading.status}
      data-open={open || undefined}
      aria-current={current ? 'true' : undefined}
      aria-rowindex={index + 2}
      aria-label={`${title}, ${outletLabel(article.outlet)}, ${progressLabel}`}
      {...rowProps}
    >
      <div role="cell" className="cell-title">
        {reading.status !== 'unread' ? (
          <span
            className="reading-meter"
            data-testid="reading-meter"
            data-status={reading.status}
            style={{ ['--read' as string]: `${reading.status === 'done' ? 100 : percent}%` }}
            title={reading.status === 'done' ? 'Read' : `${percent}% read`}
            aria-hidden="true"
          />
        ) : null}
        <span className={article.title ? 'title-text' : 'title-text is-untitled'} title={title}>
          {title}
        </span>
        <OpenBesideButton tabIndex={rowProps.tabIndex} onOpenBeside={() => onOpen({ beside: true })} />
      </div>
      <div role="cell" className={article.outlet ? 'cell-outlet' : 'cell-outlet is-unknown'}>
        {outletLabel(article.outlet)}
      </div>
      <div role="cell" className={article.authors.length ? 'cell-authors' : 'cell-authors is-unknown'}>
        {authorsLabel(article.authors)}
      </div>
      <div role="cell" className={article.publishedAt ? 'cell-date' : 'cell-date is-unknown'}>
        {article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, 'short')}</time> : 'Date unknown'}
      </div>
      <div role="cell" className="cell-words">
        {formatCount(article.wordCount)}
      </div>
    </div>
  );
}
