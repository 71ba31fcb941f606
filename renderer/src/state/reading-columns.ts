// Which articles are open side by side, and which column is active. A pure reducer so the rules
// (no duplicates, at most four, where a new column goes) are in one place and easy to test.
import { useCallback, useEffect, useReducer } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { readStored, writeStored } from './local-store';

export const MAX_COLUMNS = 4;

export interface ColumnsState {
  ids: readonly ArticleId[];
  active: number;
}

export type ColumnsAction =
  | { type: 'open'; id: ArticleId }
  | { type: 'open-beside'; id: ArticleId }
  | { type: 'close'; id: ArticleId }
  | { type: 'activate'; id: ArticleId };

export const noColumns: ColumnsState = { ids: [], active: 0 };

export const COLUMNS_KEY = 'parallax.columns';

/** The layout saved by the last session, if it is a valid one. */
export function parseColumns(stored: string | null): ColumnsState {
  try {
    const raw = JSON.parse(stored ?? 'null') as { ids?: unknown; active?: unknown } | null;
    const ids = Array.isArray(raw?.ids) ? raw.ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
    const unique = [...new Set(ids)].slice(0, MAX_COLUMNS);
    const active = typeof raw?.active === 'number' && Number.isInteger(raw.active) ? raw.active : 0;
    return { ids: unique, active: Math.max(0, Math.min(active, unique.length - 1)) };
  } catch {
    return noColumns;
  }
}

const loadColumns = (): ColumnsState => parseColumns(readStored(COLUMNS_KEY));

export function columnsReducer(state: ColumnsState, action: ColumnsAction): ColumnsState {
  const existing = state.ids.indexOf(action.id);
  switch (action.type) {
    case 'activate':
      return existing < 0 || existing === state.active ? state : { ...state, active: existing };
    case 'open':
      if (existing >= 0) return { ...state, active: existing };
      if (state.ids.length === 0) return { ids: [action.id], active: 0 };
      return { ...state, ids: state.ids.map((id, i) => (i === state.active ? action.id : id)) };
    case 'open-beside': {
      if (existing >= 0) return { ...state, active: existing };
      if (state.ids.length >= MAX_COLUMNS) return state;
      const at = state.ids.length === 0 ? 0 : state.active + 1;
      return { ids: [...state.ids.slice(0, at), action.id, ...state.ids.slice(at)], active: at };
    }
    case 'close': {
      if (existing < 0) return state;
      const ids = state.ids.filter((id) => id !== action.id);
      // Closing a column left of the active one shifts the active index; closing the active one
      // hands focus to its left neighbour, as tabs do.
      const active = existing <= state.active ? Math.max(0, state.active - 1) : state.active;
      return { ids, active: Math.min(active, Math.max(0, ids.length - 1)) };
    }
  }
}

export interface ReadingColumns extends ColumnsState {
  open: (id: ArticleId) => void;
  /** Returns false when every column is taken, so the caller can say so. */
  openBeside: (id: ArticleId) => boolean;
  close: (id: ArticleId) => void;
  activate: (id: ArticleId) => void;
}

export function useReadingColumns(): ReadingColumns {
  const [state, dispatch] = useReducer(columnsReducer, undefined, loadColumns);
  useEffect(() => {
    writeStored(COLUMNS_KEY, JSON.stringify({ ids: state.ids, active: state.active }));
  }, [state]);
  const openBeside = useCallback(
    (id: ArticleId) => {
      if (!state.ids.includes(id) && state.ids.length >= MAX_COLUMNS) return false;
      dispatch({ type: 'open-beside', id });
      return true;
    },
    [state.ids],
  );
  return {
    ...state,
    open: useCallback((id) => dispatch({ type: 'open', id }), []),
    openBeside,
    close: useCallback((id) => dispatch({ type: 'close', id }), []),
    activate: useCallback((id) => dispatch({ type: 'activate', id }), []),
  };
}
