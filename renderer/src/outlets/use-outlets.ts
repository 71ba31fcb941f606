// The outlets and label schemes, reloaded after each change made here or in the library.
import { useCallback, useEffect, useState } from 'react';
import type { OutletsOverview } from '../../../shared/outlets';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';

export function useOutlets(libraryVersion: number): { overview: OutletsOverview | null; reload: () => Promise<void> } {
  const api = useApi();
  const { reportError } = useNotices();
  const [overview, setOverview] = useState<OutletsOverview | null>(null);
  const reload = useCallback(async () => {
    try {
      setOverview(await api.listOutlets({}));
    } catch (err) {
      reportError(err);
    }
  }, [api, reportError]);
  useEffect(() => {
    void reload();
  }, [reload, libraryVersion]);
  return { overview, reload };
}
