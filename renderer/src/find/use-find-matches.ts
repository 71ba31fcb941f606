// Keeps one column's find matches in step with its rendered article: finds the terms in the
// article body's text, paints them, and moves between them. Re-reads the text when the column's
// DOM changes (the article finished loading, a highlight was added) and keeps the current match.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { FindTerm } from './find-terms';
import { clearColumnHighlights, setColumnHighlights } from './highlight-registry';
import { findMatches } from './match-text';
import { rangeFor, readRenderedText } from './text-ranges';

export interface FindMatches {
  count: number;
  /** Zero-based index of the current match (0 when there are none). */
  index: number;
  next: () => void;
  previous: () => void;
}

/** Scrolls the column so the range sits a third of the way down, unless it is already in view. */
function reveal(range: Range): void {
  const el = range.startContainer.parentElement;
  const scroller = el?.closest<HTMLElement>('.column-scroll');
  if (!el) return;
  if (!scroller) {
    el.scrollIntoView({ block: 'center' });
    return;
  }
  const r = range.getBoundingClientRect();
  const c = scroller.getBoundingClientRect();
  if (r.top < c.top + 16 || r.bottom > c.bottom - 16) scroller.scrollTop += r.top - c.top - c.height / 3;
}

/**
 * `anchor` is an element inside the column (the find bar); `jumpKey` changing means "go to the
 * first match again" (a new search opened this article).
 */
export function useFindMatches(anchor: RefObject<HTMLElement | null>, key: string, terms: readonly FindTerm[], jumpKey: unknown): FindMatches {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState({ count: 0, index: 0 });
  const ranges = useRef<Range[]>([]);
  const index = useRef(0);
  const pendingJump = useRef(true);
  const searching = terms.length > 0;

  useEffect(() => {
    pendingJump.current = true;
  }, [terms, jumpKey]);

  // Watch the column (not just the body: it may not exist yet) for changes outside the find bar.
  useEffect(() => {
    const column = anchor.current?.closest('.reader-column');
    if (!column || !searching) return;
    let frame = 0;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => anchor.current?.contains(r.target))) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setVersion((v) => v + 1));
    });
    observer.observe(column, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [anchor, searching]);

  const show = useCallback(
    (at: number, scroll: boolean) => {
      const all = ranges.current;
      index.current = at;
      setColumnHighlights(key, all, all[at] ?? null);
      setState({ count: all.length, index: at });
      if (scroll && all[at]) reveal(all[at]);
    },
    [key],
  );

  useEffect(() => {
    const body = anchor.current?.closest('.reader-column')?.querySelector('[data-testid="article-body"]');
    if (!body || !searching) {
      ranges.current = [];
      clearColumnHighlights(key);
      setState({ count: 0, index: 0 });
      return;
    }
    const rendered = readRenderedText(body);
    ranges.current = findMatches(rendered.text, terms).flatMap((m) => rangeFor(rendered, m.start, m.end) ?? []);
    const count = ranges.current.length;
    if (pendingJump.current && count > 0) {
      pendingJump.current = false;
      show(0, true);
    } else {
      show(Math.min(index.current, Math.max(count - 1, 0)), false);
    }
  }, [anchor, key, terms, searching, version, jumpKey, show]);

  useEffect(() => () => clearColumnHighlights(key), [key]);

  const step = useCallback(
    (by: number) => {
      const count = ranges.current.length;
      if (count) show((index.current + by + count) % count, true);
    },
    [show],
  );
  return { ...state, next: useCallback(() => step(1), [step]), previous: useCallback(() => step(-1), [step]) };
}
