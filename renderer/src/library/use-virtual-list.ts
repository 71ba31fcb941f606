// Keeps a long list's rendered window in step with its scroll container: listens to scrolling
// and resizing, measures the row height from a rendered row (the stylesheet decides it), and
// can scroll a row that is not rendered into view.
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { scrollToRow, visibleRows, type Viewport } from './virtual-list';

const FALLBACK_ROW_HEIGHT = 72;

function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return document.documentElement;
}

export function useVirtualList(bodyRef: RefObject<HTMLElement | null>, count: number) {
  const [view, setView] = useState<Viewport>({ scrollTop: 0, listTop: 0, height: 800 });
  const [rowHeight, setRowHeight] = useState(FALLBACK_ROW_HEIGHT);
  const scroller = useRef<HTMLElement | null>(null);
  const header = useRef(0);

  const measure = useCallback(() => {
    const body = bodyRef.current;
    const s = scroller.current;
    if (!body || !s) return;
    const listTop = body.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop;
    const row = body.querySelector<HTMLElement>('[data-row-index]');
    if (row && row.offsetHeight > 0) setRowHeight((h) => (h === row.offsetHeight ? h : row.offsetHeight));
    // A sticky table head covers the top of the view; rows scrolled "into view" must clear it.
    header.current = body.parentElement?.querySelector<HTMLElement>('.article-table-head')?.offsetHeight ?? 0;
    setView((v) =>
      v.scrollTop === s.scrollTop && v.listTop === listTop && v.height === s.clientHeight
        ? v
        : { scrollTop: s.scrollTop, listTop, height: s.clientHeight },
    );
  }, [bodyRef]);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const s = scrollParent(body);
    scroller.current = s;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        measure();
      });
    };
    const resize = new ResizeObserver(measure);
    resize.observe(s);
    s.addEventListener('scroll', onScroll, { passive: true });
    measure();
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      s.removeEventListener('scroll', onScroll);
    };
  }, [bodyRef, measure]);

  // A different filter or sort may change the rows' height (a title now wraps): measure again.
  useLayoutEffect(measure, [measure, count]);

  const reveal = useCallback(
    (index: number) => {
      const s = scroller.current;
      if (!s) return;
      const top = scrollToRow(index, rowHeight, { ...view, scrollTop: s.scrollTop }, header.current);
      if (top !== null) s.scrollTop = top;
      measure();
    },
    [rowHeight, view, measure],
  );

  return { window: visibleRows(count, rowHeight, view), rowHeight, reveal };
}
