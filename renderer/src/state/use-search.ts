// Search as you type: waits for a short pause in typing, and drops answers to older queries
// so a slow response never overwrites a newer one.
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/domain';
import type { SearchSort } from '../../../shared/search';
import { useApi } from '../api/api-context';
import { useNotices } from './notices';

const TYPING_PAUSE_MS = 150;
const HIT_LIMIT = 100;

export interface SearchState {
  /** The query the shown result answers (may lag the typed text by one pause). */
  result: SearchResult | null;
  pending: boolean;
  /** The last search failed (the reason is shown as a window message). */
  failed: boolean;
}

export function useSearch(query: string, sort: SearchSort, libraryVersion: number): SearchState {
  const api = useApi();
  const { reportError } = useNotices();
  const [state, setState] = useState<SearchState>({ result: null, pending: false, failed: false });
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) {
      setState({ result: null, pending: false, failed: false });
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      api.search({ query: trimmed, limit: HIT_LIMIT, sort }).then(
        (result) => {
          if (!cancelled) setState({ result, pending: false, failed: false });
        },
        (err: unknown) => {
          if (cancelled) return;
          setState((s) => ({ ...s, pending: false, failed: true }));
          reportError(err);
        },
      );
    }, TYPING_PAUSE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [api, reportError, trimmed, sort, libraryVersion]);

  return state;
}
