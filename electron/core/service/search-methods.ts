// The search part of the ReaderApi: search, suggestions as you type, and saved searches.
// The title index is opened on first use, so opening a library stays fast.
import type { ReaderApi } from '../../../shared/api';
import type { SavedSearch } from '../../../shared/search';
import type { Library } from '../library/library';
import { deleteSavedSearchRow, insertSavedSearch, listSavedSearchRows, type SavedSearchRow } from '../search/saved-searches';
import { searchArticles } from '../search/search-articles';
import { TitleIndex } from '../search/title-index';

type SearchMethods = Pick<ReaderApi, 'search' | 'suggest' | 'saveSearch' | 'listSavedSearches' | 'deleteSavedSearch'>;

export function createSearchMethods(library: Library): SearchMethods {
  const { db } = library;
  let titles: TitleIndex | null = null;
  const withCount = (row: SavedSearchRow): SavedSearch => {
    let hitCount = 0;
    let capped = false;
    try {
      const r = searchArticles(db, row.query, { limit: 1 });
      hitCount = r.total;
      capped = r.totalCapped === true;
    } catch {
      // A saved query that no longer parses (e.g. only exclusions) simply counts nothing.
    }
    return capped ? { ...row, hitCount, hitCountCapped: true } : { ...row, hitCount };
  };
  return {
    async search({ query, limit, sort }) {
      return searchArticles(db, query, { limit: limit ?? 50, sort: sort ?? 'relevance' });
    },
    async suggest({ prefix, limit }) {
      titles ??= TitleIndex.open(db);
      titles.sync(db);
      return { prefix, suggestions: titles.suggest(prefix, limit ?? 10) };
    },
    async saveSearch({ name, query }) {
      return withCount(insertSavedSearch(db, name, query));
    },
    async listSavedSearches() {
      return listSavedSearchRows(db).map(withCount);
    },
    async deleteSavedSearch({ id }) {
      deleteSavedSearchRow(db, id);
      return { deleted: id };
    },
  };
}
