// Remembers how far the reader got in a column's article: scrolls back to the last position when
// the article opens, and saves the position (at most once a second, and when the column goes)
// as the reader scrolls. Each save's answer updates the library's progress rings.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Article } from '../../../shared/domain';
import type { ReadingStatus } from '../../../shared/reading';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { readingOf, recordReadingProgress, useRecordedProgress } from '../state/reading-progress';
import { scrollFraction } from './linked-scroll';

const SAVE_EVERY_MS = 1000;

export function useReadingProgress(columnRef: RefObject<HTMLElement | null>, article: Article | null) {
  const api = useApi();
  const { reportError } = useNotices();
  const recorded = useRecordedProgress();
  const reading = article ? readingOf(article, recorded) : null;
  const id = article?.id;
  const restoredFor = useRef<number | null>(null);
  const pending = useRef<number | null>(null);
  const saved = useRef<number | null>(null);

  const scroller = useCallback(() => columnRef.current?.querySelector<HTMLElement>('.column-scroll') ?? null, [columnRef]);

  // Back to where the reader was, once per opening; before paint, so the top never flashes.
  const position = article ? readingOf(article, recorded).position : 0;
  useLayoutEffect(() => {
    if (id === undefined || restoredFor.current === id) return;
    const el = scroller();
    if (!el) return;
    restoredFor.current = id;
    saved.current = position;
    if (position > 0) el.scrollTop = Math.round(position * (el.scrollHeight - el.clientHeight));
  }, [id, position, scroller]);

  useEffect(() => {
    const column = columnRef.current;
    if (id === undefined || !column) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const fraction = pending.current;
      pending.current = null;
      if (fraction === null || (saved.current !== null && Math.abs(fraction - saved.current) < 0.002)) return;
      saved.current = fraction;
      api.setReadingProgress({ id, fraction }).then(recordReadingProgress, reportError);
    };
    const onScroll = (e: Event) => {
      const el = e.target;
      if (!(el instanceof HTMLElement) || !el.classList.contains('column-scroll')) return;
      pending.current = Math.round(scrollFraction(el) * 1000) / 1000;
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    const flush = () => {
      clearTimeout(timer);
      save();
    };
    column.addEventListener('scroll', onScroll, true);
    window.addEventListener('pagehide', flush);
    return () => {
      column.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [api, columnRef, id, reportError]);

  const setStatus = useCallback(
    (status: ReadingStatus) => {
      if (id === undefined) return;
      api.setReadingStatus({ id, status }).then(recordReadingProgress, reportError);
    },
    [api, id, reportError],
  );

  return { reading, setStatus };
}
