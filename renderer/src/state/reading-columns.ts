// Which articles are open side by side, which column is active, and the layout around them
// (relative widths, linked scrolling, notes panes shown). A pure reducer so the rules (no
// duplicates, at most four, where a new column goes) are in one place and easy to test.
import { useCallback, useEffect, useReducer } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { readStored, writeStored } from './local-store';

export const MAX_COLUMNS = 4;

export interface ColumnsState {
  ids: readonly ArticleId[];
  active: number;
  /** Flex weights by article; a column without one has weight 1. */
  widths: Readonly<Record<number, number>>;
  /** Scroll the two open columns together (only meaningful with exactly two). */
  linked: boolean;
  /** Columns whose highlights-and-notes pane is shown. */
  notes: readonly ArticleId[];
}

export type ColumnsAction =
  | { type: 'open'; id: ArticleId }
  | { type: 'open-beside'; id: ArticleId }
  | { type: 'close'; id: ArticleId }
  | { type: 'activate'; id: ArticleId }
  | { type: 'step-active'; delta: number }
  | { type: 'move-active'; delta: number }
  | { type: 'resize'; widths: Readonly<Record<number, number>> }
  | { type: 'toggle-linked' }
  | { type: 'toggle-notes'; id: ArticleId };

export const noColumns: ColumnsState = { ids: [], active: 0, widths: {}, linked: false, notes: [] };

export const COLUMNS_KEY = 'parallax.columns';

const MIN_WEIGHT = 0.05;
const MAX_WEIGHT = 20;

/** The layout saved by the last session, if it is a valid one. */
export function parseColumns(stored: string | null): ColumnsState {
  try {
    const raw = JSON.parse(stored ?? 'null') as Record<string, unknown> | null;
    const ids = Array.isArray(raw?.ids) ? raw.ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
    const unique = [...new Set(ids)].slice(0, MAX_COLUMNS);
    const active = typeof raw?.active === 'number' && Number.isInteger(raw.active) ? raw.active : 0;
    const widths: Record<number, number> = {};
    const storedWidths = raw?.widths && typeof raw.widths === 'object' ? (raw.widths as Record<string, unknown>) : {};
    for (const id of unique) {
      const w = storedWidths[String(id)];
      if (typeof w === 'number' && Number.isFinite(w) && w >= MIN_WEIGHT && w <= MAX_WEIGHT) widths[id] = w;
    }
    const notes = Array.isArray(raw?.notes) ? unique.filter((id) => (raw.notes as unknown[]).includes(id)) : [];
    return {
      ids: unique,
      active: Math.max(0, Math.min(active, unique.length - 1)),
      widths,
      linked: raw?.linked === true,
      notes,
    };
  } catch {
    return noColumns;
  }
}

export function serializeColumns(state: ColumnsState): string {
  const { ids, active, widths, linked, notes } = state;
  return JSON.stringify({ ids, active, widths, linked, notes });
}

const loadColumns = (): ColumnsState => parseColumns(readStored(COLUMNS_KEY));

const clampIndex = (i: number, length: number) => Math.max(0, Math.min(i, length - 1));

export function columnsReducer(state: ColumnsState, action: ColumnsAction): ColumnsState {
  switch (action.type) {
    case 'activate': {
      const existing = state.ids.indexOf(action.id);
      return existing < 0 || existing === state.active ? state : { ...state, active: existing };
    }
    case 'open': {
      const existing = state.ids.indexOf(action.id);
      if (existing >= 0) return { ...state, active: existing };
      if (state.ids.length === 0) return { ...state, ids: [action.id], active: 0 };
      const replaced = state.ids[state.active];
      // The new article takes over the replaced column's place and width.
      const { [replaced ?? -1]: width, ...widths } = state.widths;
      return {
        ...state,
        ids: state.ids.map((id, i) => (i === state.active ? action.id : id)),
        widths: width === undefined ? widths : { ...widths, [action.id]: width },
        notes: state.notes.filter((id) => id !== replaced),
      };
    }
    case 'open-beside': {
      const existing = state.ids.indexOf(action.id);
      if (existing >= 0) return { ...state, active: existing };
      if (state.ids.length >= MAX_COLUMNS) return state;
      const at = state.ids.length === 0 ? 0 : state.active + 1;
      return { ...state, ids: [...state.ids.slice(0, at), action.id, ...state.ids.slice(at)], active: at };
    }
    case 'close': {
      const existing = state.ids.indexOf(action.id);
      if (existing < 0) return state;
      const ids = state.ids.filter((id) => id !== action.id);
      // Closing a column left of the active one shifts the active index; closing the active one
      // hands focus to its left neighbour, as tabs do.
      const active = existing <= state.active ? Math.max(0, state.active - 1) : state.active;
      const { [action.id]: _gone, ...widths } = state.widths;
      return {
        ...state,
        ids,
        active: Math.min(active, Math.max(0, ids.length - 1)),
        widths,
        notes: state.notes.filter((id) => id !== action.id),
      };
    }
    case 'step-active': {
      if (state.ids.length === 0) return state;
      const active = clampIndex(state.active + action.delta, state.ids.length);
      return active === state.active ? state : { ...state, active };
    }
    case 'move-active': {
      const to = clampIndex(state.active + action.delta, state.ids.length);
      if (state.ids.length === 0 || to === state.active) return state;
      const ids = [...state.ids];
      const [moved] = ids.splice(state.active, 1);
      ids.splice(to, 0, moved!);
      return { ...state, ids, active: to };
    }
    case 'resize': {
      const widths = { ...state.widths };
      for (const [id, w] of Object.entries(action.widths)) {
        if (state.ids.includes(Number(id))) widths[Number(id)] = Math.max(MIN_WEIGHT, Math.min(MAX_WEIGHT, w));
      }
      return { ...state, widths };
    }
    case 'toggle-linked':
      return { ...state, linked: !state.linked };
    case 'toggle-notes': {
      if (!state.ids.includes(action.id)) return state;
      const shown = state.notes.includes(action.id);
      return { ...state, notes: shown ? state.notes.filter((id) => id !== action.id) : [...state.notes, action.id] };
    }
  }
}

export interface ReadingColumns extends ColumnsState {
  open: (id: ArticleId) => void;
  /** Returns false when every column is taken, so the caller can say so. */
  openBeside: (id: ArticleId) => boolean;
  close: (id: ArticleId) => void;
  activate: (id: ArticleId) => void;
  /** Makes the column `delta` places left (−) or right (+) of the active one active. */
  stepActive: (delta: number) => void;
  /** Moves the active column itself `delta` places. */
  moveActive: (delta: number) => void;
  resize: (widths: Readonly<Record<number, number>>) => void;
  toggleLinked: () => void;
  toggleNotes: (id: ArticleId) => void;
}

export function useReadingColumns(): ReadingColumns {
  const [state, dispatch] = useReducer(columnsReducer, undefined, loadColumns);
  useEffect(() => {
    writeStored(COLUMNS_KEY, serializeColumns(state));
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
    stepActive: useCallback((delta) => dispatch({ type: 'step-active', delta }), []),
    moveActive: useCallback((delta) => dispatch({ type: 'move-active', delta }), []),
    resize: useCallback((widths) => dispatch({ type: 'resize', widths }), []),
    toggleLinked: useCallback(() => dispatch({ type: 'toggle-linked' }), []),
    toggleNotes: useCallback((id) => dispatch({ type: 'toggle-notes', id }), []),
  };
}
