// The left pane: search on top, then either the sortable library list or the search hits.
import { useMemo, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import type { Library } from '../state/use-library';
import { useSearch } from '../state/use-search';
import { ArticleTable } from './ArticleTable';
import { LibrarySkeleton } from './LibrarySkeleton';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useRowNavigation, type OpenIntent } from './row-navigation';

interface Props {
  library: Library;
  openIds: readonly ArticleId[];
  activeId: ArticleId | null;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
}

export function LibraryPane({ library, openIds, activeId, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  const search = useSearch(query, library.version);
  const summaries = useMemo(() => new Map(library.articles.map((a) => [a.id, a])), [library.articles]);
  const rowCount = searching ? (search.result?.hits.length ?? 0) : library.articles.length;
  const navigation = useRowNavigation(rowCount);

  return (
    <aside className="library-pane" aria-label="Library">
      <SearchBox
        value={query}
        onChange={setQuery}
        onArrowDown={navigation.focusFirstRow}
        busy={search.pending}
      />
      <div className="library-scroll">{renderBody()}</div>
    </aside>
  );

  function renderBody() {
    if (searching) {
      if (!search.result) {
        return (
          <p className="pane-quiet" role="status">
            {search.failed ? 'Search is not available right now.' : 'Searching…'}
          </p>
        );
      }
      return (
        <SearchResults
          query={query}
          result={search.result}
          pending={search.pending}
          summaries={summaries}
          openIds={openIds}
          activeId={activeId}
          onOpen={onOpen}
          navigation={navigation}
        />
      );
    }
    if (library.status === 'loading') return <LibrarySkeleton />;
    if (library.status === 'failed' && library.articles.length === 0) {
      return (
        <div className="pane-empty">
          <p className="pane-empty-title">The library could not be loaded.</p>
          <button type="button" className="button" onClick={library.refresh}>
            Try again
          </button>
        </div>
      );
    }
    if (library.articles.length === 0) {
      return (
        <div className="pane-empty">
          <p className="pane-empty-title">Your library is empty.</p>
          <p>Drop article files (text, Markdown, HTML, MHTML or PDF) anywhere in this window to import them.</p>
        </div>
      );
    }
    return (
      <ArticleTable
        articles={library.articles}
        openIds={openIds}
        activeId={activeId}
        onOpen={onOpen}
        navigation={navigation}
      />
    );
  }
}
