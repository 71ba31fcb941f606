// Whether the Stories view (stories, outlets, reading balance) is shown in place of the reading
// columns, which tab, and the way out of it into reading: a story's articles in columns (up to
// four) with the comparison pane on all of them.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { MAX_COLUMNS, type ReadingColumns } from '../state/reading-columns';

export type StoriesTab = 'stories' | 'outlets' | 'balance';
/** The comparison takes up to 20 articles. */
const MAX_COMPARED = 20;

export interface StoriesViewControl {
  tab: StoriesTab | null;
  show: (tab: StoriesTab) => void;
  toggle: () => void;
  close: () => void;
  /** Article ids the comparison pane shows for a story, or null: it follows the columns. */
  compareIds: readonly ArticleId[] | null;
  compareStory: (ids: readonly ArticleId[]) => void;
  closeCompare: () => void;
}

const afterRender = (run: () => void) => requestAnimationFrame(() => requestAnimationFrame(run));

export function useStoriesView(columns: ReadingColumns): StoriesViewControl {
  const [tab, setTab] = useState<StoriesTab | null>(null);
  const [compareIds, setCompareIds] = useState<readonly ArticleId[] | null>(null);
  const latest = useRef(columns);
  latest.current = columns;

  const compareStory = useCallback((ids: readonly ArticleId[]) => {
    setTab(null);
    for (const id of latest.current.ids) latest.current.close(id);
    // Opened once the closes have rendered, so every column is free for the story.
    afterRender(() => {
      for (const id of ids.slice(0, MAX_COLUMNS)) latest.current.openBeside(id);
    });
    setCompareIds(ids.slice(0, MAX_COMPARED));
  }, []);

  const show = useCallback((t: StoriesTab) => setTab(t), []);
  const toggle = useCallback(() => setTab((t) => (t ? null : 'stories')), []);
  const close = useCallback(() => setTab(null), []);
  const closeCompare = useCallback(() => setCompareIds(null), []);
  return useMemo(
    () => ({ tab, show, toggle, close, compareIds, compareStory, closeCompare }),
    [tab, show, toggle, close, compareIds, compareStory, closeCompare],
  );
}
