// Search hits in place of the library list while a query is typed: a header (count, order,
// save), the core's notices, then each hit's title, outlet, date and a snippet with the matched
// words marked.
import type { ReactNode } from 'react';
import type { ArticleId, ArticleSummary, SearchResult } from '../../../shared/domain';
import { SearchNotices } from '../search/SearchNotices';
import { displayTitle, formatCount, formatDate, outletLabel } from '../labels/article-labels';
import { OpenBesideButton } from './OpenBesideButton';
import { renderSnippet } from './snippet-marks';
import { useRowNavigation, type OpenIntent } from './row-navigation';

interface Props {
  query: string;
  result: SearchResult;
  pending: boolean;
  /** Library rows by id, to name untitled hits after their source file. */
  summaries: ReadonlyMap<ArticleId, ArticleSummary>;
  openIds: readonly ArticleId[];
  activeId: ArticleId | null;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
  navigation: ReturnType<typeof useRowNavigation>;
  /** Controls for the header row: the order toggle and "Save search". */
  actions: ReactNode;
}

function countText(result: SearchResult): string {
  if (result.total === 0) return 'No matches';
  if (result.totalCapped) return `${formatCount(result.total)}+ articles match`;
  return result.total === 1 ? '1 article matches' : `${formatCount(result.total)} articles match`;
}

/** How each field of `matchedIn` is named to the person. */
const MATCHED_IN_LABELS: Record<string, string> = {
  title: 'title',
  authors: 'byline',
  outlet: 'outlet',
  body: 'text',
  highlights: 'your highlights',
  notes: 'your notes',
};

export function SearchResults({ query, result, pending, summaries, openIds, activeId, onOpen, navigation, actions }: Props) {
  const shown = result.hits.length;
  return (
    <section className="search-results" aria-label="Search results" aria-busy={pending}>
      <div className="search-head">
        <p className="search-count" data-testid="search-count" role="status">
          {countText(result)}
          {shown < result.total ? ` · showing the first ${formatCount(shown)}` : ''}
        </p>
        <div className="search-actions">{actions}</div>
      </div>
      <SearchNotices result={result} />
      {result.total === 0 ? (
        <div className="pane-empty">
          <p className="pane-empty-title">No articles match “{query.trim()}”.</p>
          <p>Try fewer words, or check the spelling. Search looks in titles, authors, outlets and text.</p>
        </div>
      ) : (
        <ol className="hit-list" ref={(el) => void (navigation.containerRef.current = el)}>
          {result.hits.map((hit, index) => {
            const title = displayTitle(hit.title, summaries.get(hit.id)?.sourceName);
            const open = (intent: OpenIntent) => onOpen(hit.id, intent);
            const row = navigation.rowProps(index, open);
            return (
              <li
                key={hit.id}
                className="hit"
                data-testid="search-hit"
                data-article-id={hit.id}
                data-open={openIds.includes(hit.id) || undefined}
                aria-current={hit.id === activeId ? 'true' : undefined}
                {...row}
              >
                <span className={hit.title ? 'hit-title' : 'hit-title is-untitled'}>{title}</span>
                <span className="hit-meta">
                  <span className={hit.outlet ? undefined : 'is-unknown'}>{outletLabel(hit.outlet)}</span>
                  <span aria-hidden="true"> · </span>
                  <span className={hit.publishedAt ? undefined : 'is-unknown'}>
                    {formatDate(hit.publishedAt, 'short')}
                  </span>
                  {hit.matchedIn.length ? (
                    <span className="hit-matched" data-testid="hit-matched">
                      <span aria-hidden="true"> · </span>
                      matched in {hit.matchedIn.map((f) => MATCHED_IN_LABELS[f] ?? f).join(', ')}
                    </span>
                  ) : null}
                </span>
                {hit.snippet ? <span className="hit-snippet">{renderSnippet(hit.snippet)}</span> : null}
                <OpenBesideButton tabIndex={row.tabIndex} onOpenBeside={() => open({ beside: true })} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
