// Resizing two neighbouring columns: a drag or key press moves the border between them by some
// pixels; the pair keeps its total width and neither gets narrower than the minimum. Widths are
// kept as flex weights so the layout still fills a window of another size.

export const MIN_COLUMN_PX = 280;
/** One arrow-key press on a separator; Shift moves four times as far. */
export const KEY_STEP_PX = 32;

export interface PairSize {
  leftPx: number;
  rightPx: number;
  leftWeight: number;
  rightWeight: number;
}

export function resizePair(pair: PairSize, deltaPx: number, minPx = MIN_COLUMN_PX): { left: number; right: number; leftPx: number } {
  const total = pair.leftPx + pair.rightPx;
  const weights = pair.leftWeight + pair.rightWeight;
  const min = Math.min(minPx, total / 2);
  const leftPx = Math.max(min, Math.min(total - min, pair.leftPx + deltaPx));
  const left = total > 0 ? (weights * leftPx) / total : pair.leftWeight;
  return { left, right: weights - left, leftPx };
}

/** The separator's aria-valuenow: the left column's share of the pair, in percent. */
export function leftShare(leftPx: number, rightPx: number): number {
  const total = leftPx + rightPx;
  return total > 0 ? Math.round((100 * leftPx) / total) : 50;
}

/** How far a key press moves the border, or null for keys a separator ignores. */
export function keyDelta(key: string, shift: boolean, pair: PairSize): number | null {
  const step = shift ? KEY_STEP_PX * 4 : KEY_STEP_PX;
  switch (key) {
    case 'ArrowLeft':
      return -step;
    case 'ArrowRight':
      return step;
    case 'Home':
      return -pair.leftPx;
    case 'End':
      return pair.rightPx;
    case 'Enter':
      // Back to an even split.
      return (pair.rightPx - pair.leftPx) / 2;
    default:
      return null;
  }
}
