// Keyboard reading of a long list with one tab stop: arrows move between rows, Enter opens,
// Ctrl/Cmd/Shift+Enter opens beside. Only the current row is in the tab order.
import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

export interface OpenIntent {
  beside: boolean;
}

export function wantsBeside(e: MouseEvent | KeyboardEvent): boolean {
  return e.ctrlKey || e.metaKey || e.shiftKey;
}

export function useRowNavigation(rowCount: number) {
  const containerRef = useRef<HTMLElement | null>(null);
  const [current, setCurrent] = useState(0);
  const tabStop = Math.min(current, Math.max(0, rowCount - 1));

  const focusRow = useCallback((index: number) => {
    const rows = containerRef.current?.querySelectorAll<HTMLElement>('[data-row-index]');
    if (!rows || rows.length === 0) return;
    const target = rows[Math.max(0, Math.min(index, rows.length - 1))];
    target?.focus();
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
        End: rowCount - 1,
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

  return { containerRef, rowProps, focusFirstRow: () => focusRow(tabStop) };
}
