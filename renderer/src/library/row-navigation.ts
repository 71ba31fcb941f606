// Keyboard reading of a long list with one tab stop: arrows move between rows, Enter opens,
// Ctrl/Cmd/Shift+Enter opens beside. Only the current row is in the tab order. A virtual list
// attaches its row count and a way to render (reveal) a row that is not in the DOM yet.
import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

export interface OpenIntent {
  beside: boolean;
}

export function wantsBeside(e: MouseEvent | KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey || e.shiftKey;
}

export interface VirtualRows {
  count: number;
  reveal: (index: number) => void;
}

export function useRowNavigation(rowCount: number) {
  const containerRef = useRef<HTMLElement | null>(null);
  const virtual = useRef<VirtualRows | null>(null);
  const [current, setCurrent] = useState(0);
  const count = () => virtual.current?.count ?? rowCount;
  const tabStop = Math.min(current, Math.max(0, count() - 1));

  const focusRow = useCallback((index: number) => {
    const container = containerRef.current;
    const virtualRows = virtual.current;
    if (!container) return;
    if (!virtualRows) {
      const rows = container.querySelectorAll<HTMLElement>('[data-row-index]');
      rows[Math.max(0, Math.min(index, rows.length - 1))]?.focus();
      return;
    }
    if (virtualRows.count === 0) return;
    const target = Math.max(0, Math.min(index, virtualRows.count - 1));
    const find = () => container.querySelector<HTMLElement>(`[data-row-index="${target}"]`);
    const row = find();
    if (row) return row.focus();
    // Not rendered: scroll it into the window, then focus it once React has drawn it.
    virtualRows.reveal(target);
    requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
  }, []);

  const rowProps = (index: number, open: (intent: OpenIntent) => void) => ({
    'data-row-index': index,
    tabIndex: index === tabStop ? 0 : -1,
    onFocus: () => setCurrent(index),
    onClick: (e: MouseEvent) => open({ beside: wantsBeside(e) }),
    // Shift-click would otherwise select text across rows.
    onMouseDown: (e: MouseEvent) => {
      if (e.shiftKey) e.preventDefault();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.target !== e.currentTarget) return;
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        Home: 0,
        End: count() - 1,
        PageDown: index + 10,
        PageUp: index - 10,
      };
      if (e.key in moves) {
        e.preventDefault();
        focusRow(moves[e.key] ?? index);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open({ beside: wantsBeside(e) });
      }
    },
  });

  /** For a virtual list: its rows (after filtering) and how to bring one into the DOM. */
  const attachVirtual = useCallback((rows: VirtualRows | null) => {
    virtual.current = rows;
  }, []);

  return { containerRef, rowProps, tabStop, attachVirtual, focusFirstRow: () => focusRow(tabStop) };
}

/** The article of the library row that has focus, or else of the row that holds the tab stop. */
export function selectedRowArticleId(): number | null {
  const row =
    document.activeElement?.closest<HTMLElement>('.library-pane [data-row-index]') ??
    document.querySelector<HTMLElement>('.library-pane [data-row-index][tabindex="0"]');
  const id = Number(row?.dataset.articleId);
  return Number.isInteger(id) && id > 0 ? id : null;
}
