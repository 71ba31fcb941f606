// Saved searches with their live hit counts: listed at start and again whenever the library
// changes (an import may bring new matches), and after each save or delete.
import { useCallback, useEffect, useState } from 'react';
import type { SavedSearch } from '../../../shared/search';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';

export interface SavedSearches {
  items: readonly SavedSearch[];
  save: (name: string, query: string) => Promise<boolean>;
  remove: (id: number) => Promise<void>;
}

export function useSavedSearches(libraryVersion: number): SavedSearches {
  const api = useApi();
  const { reportError } = useNotices();
  const [items, setItems] = useState<readonly SavedSearch[]>([]);

  const reload = useCallback(async () => {
    try {
      setItems(await api.listSavedSearches({}));
    } catch (err) {
      reportError(err);
    }
  }, [api, reportError]);

  useEffect(() => {
    void reload();
  }, [reload, libraryVersion]);

  const save = useCallback(
    async (name: string, query: string) => {
      try {
        await api.saveSearch({ name, query });
        await reload();
        return true;
      } catch (err) {
        reportError(err);
        return false;
      }
    },
    [api, reload, reportError],
  );

  const remove = useCallback(
    async (id: number) => {
      try {
        await api.deleteSavedSearch({ id });
      } catch (err) {
        reportError(err);
      }
      await reload();
    },
    [api, reload, reportError],
  );

  return { items, save, remove };
}
