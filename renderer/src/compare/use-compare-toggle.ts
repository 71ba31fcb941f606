// Whether the comparison pane is open. It needs two open columns; below that it hides, and
// comes back when a second article is opened again.
import { useCallback, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';

export const MIN_COMPARED = 2;

export function useCompareToggle(ids: readonly ArticleId[]) {
  const [wanted, setWanted] = useState(false);
  const available = ids.length >= MIN_COMPARED;
  return {
    available,
    shown: wanted && available,
    toggle: useCallback(() => setWanted((w) => !w), []),
    close: useCallback(() => setWanted(false), []),
  };
}
