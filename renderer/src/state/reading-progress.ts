// Reading progress the window learned since the library list was loaded: each save returns the
// article's new status, and the library rows show it without reloading the whole list.
import { useSyncExternalStore } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import type { ReadingProgress, ReadingStatus } from '../../../shared/reading';

let latest: ReadonlyMap<number, ReadingProgress> = new Map();
const listeners = new Set<() => void>();

export function recordReadingProgress(p: ReadingProgress): void {
  const next = new Map(latest);
  next.set(p.articleId, p);
  latest = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The progress saved during this session, by article. */
export function useRecordedProgress(): ReadonlyMap<number, ReadingProgress> {
  return useSyncExternalStore(subscribe, () => latest);
}

export interface ArticleReading {
  status: ReadingStatus;
  progress: number;
  position: number;
}

/** An article's reading state: what was saved this session, else what the list said. */
export function readingOf(a: ArticleSummary, recorded: ReadonlyMap<number, ReadingProgress>): ArticleReading {
  const r = recorded.get(a.id);
  if (r) return { status: r.status, progress: r.progress, position: r.position };
  return { status: a.readingStatus ?? 'unread', progress: a.readingProgress ?? 0, position: a.readingPosition ?? 0 };
}
