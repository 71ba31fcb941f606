// Watches the reader's selection inside one article body: after a mouse or keyboard selection,
// reports its canonical-text offsets and where it is on screen; forgets it when it collapses.
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { rangeToOffsets, type TextOffsets } from './selection-offsets';

export interface TextSelection extends TextOffsets {
  rect: DOMRect;
}

export function useTextSelection(body: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback(() => {
    const el = body.current;
    const sel = window.getSelection();
    if (!el || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null);
    const range = sel.getRangeAt(0);
    const offsets = rangeToOffsets(range, el);
    if (!offsets) return setSelection(null);
    setSelection({ ...offsets, rect: range.getBoundingClientRect() });
  }, [body]);

  useEffect(() => {
    const area = scroller.current;
    if (!area) return;
    // Let the browser finish the selection before reading it.
    const later = () => setTimeout(read, 0);
    const onKey = (e: KeyboardEvent) => {
      if (e.shiftKey || e.key === 'Shift') later();
    };
    const onSelectionChange = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed) setSelection(null);
    };
    const onScroll = () => setSelection((s) => (s ? null : s));
    area.addEventListener('mouseup', later);
    area.addEventListener('keyup', onKey);
    area.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      area.removeEventListener('mouseup', later);
      area.removeEventListener('keyup', onKey);
      area.removeEventListener('scroll', onScroll);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [read, scroller]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear };
}
