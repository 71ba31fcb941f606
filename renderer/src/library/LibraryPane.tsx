// The left pane: search (with suggestions and filter chips) on top, saved searches, then either
// the sortable library list or the search hits.
import { useMemo, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import type { SearchSort, Suggestion } from '../../../shared/search';
import { requestFind } from '../find/find-requests';
import { FilterChips } from '../search/FilterChips';
import { SaveSearchButton } from '../search/SaveSearchButton';
import { SavedSearches } from '../search/SavedSearches';
import { SortToggle } from '../search/SortToggle';
import { addFilter } from '../search/query-text';
import { suggestionPrefix } from '../search/use-suggestions';
import { useSavedSearches } from '../search/use-saved-searches';
import type { Library } from '../state/use-library';
import { useSearch } from '../state/use-search';
import { ArticleTable } from './ArticleTable';
import { LibrarySkeleton } from './LibrarySkeleton';
import { SearchBox } from './SearchBox';
import { SearchResults } from './SearchResults';
import { useRowNavigation, type OpenIntent } from './row-navigation';
import '../styles/search.css';

interface Props {
  library: Library;
  openIds: readonly ArticleId[];
  activeId: ArticleId | null;
  onOpen: (id: ArticleId, intent: OpenIntent) => void;
}

/** The query with the words the suggestion was found from replaced by the suggestion's filter. */
function withSuggestion(query: string, field: 'author' | 'outlet', value: string): string {
  const prefix = suggestionPrefix(query);
  const rest = prefix && query.includes(prefix) ? query.replace(prefix, ' ') : query;
  return addFilter(rest.replace(/\s+/g, ' ').trim(), field, value);
}

export function LibraryPane({ library, openIds, activeId, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SearchSort>('relevance');
  const searching = query.trim() !== '';
  const search = useSearch(query, sort, library.version);
  const saved = useSavedSearches(library.version);
  const summaries = useMemo(() => new Map(library.articles.map((a) => [a.id, a])), [library.articles]);
  const rowCount = searching ? (search.result?.hits.length ?? 0) : library.articles.length;
  const navigation = useRowNavigation(rowCount);

  const pickSuggestion = (s: Suggestion) => {
    if (s.kind === 'title' && s.articleId !== undefined) onOpen(s.articleId, { beside: false });
    else if (s.kind === 'person') setQuery(withSuggestion(query, 'author', s.text));
    else if (s.kind === 'outlet') setQuery(withSuggestion(query, 'outlet', s.text));
  };

  // A hit opens scrolled to its first match, with the query's words found in the column.
  const openHit = (id: ArticleId, intent: OpenIntent) => {
    if (search.result) requestFind(id, search.result.query, search.result.corrections ?? []);
    onOpen(id, intent);
  };

  return (
    <aside className="library-pane" aria-label="Library">
      <SearchBox
        value={query}
        onChange={setQuery}
        onArrowDown={navigation.focusFirstRow}
        onPickSuggestion={pickSuggestion}
        busy={search.pending}
      />
      <FilterChips query={query} onQueryChange={setQuery} articles={library.articles} libraryVersion={library.version} />
      <div className="library-scroll">
        <SavedSearches items={saved.items} currentQuery={query} onRun={setQuery} onDelete={(id) => void saved.remove(id)} />
        {renderBody()}
      </div>
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
          onOpen={openHit}
          navigation={navigation}
          actions={
            <>
              <SortToggle sort={sort} onChange={setSort} />
              <SaveSearchButton key={query} query={query} onSave={(name) => saved.save(name, query)} />
            </>
          }
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
