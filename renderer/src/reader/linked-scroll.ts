// Linked scrolling: two articles of different lengths move together by how far through each
// one the reader is, not by pixels, so both reach their ends at the same time.

export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** How far through the box the view is, 0 at the top and 1 at the bottom. */
export function scrollFraction(box: ScrollBox): number {
  const range = box.scrollHeight - box.clientHeight;
  return range > 0 ? Math.max(0, Math.min(1, box.scrollTop / range)) : 0;
}

/** The scrollTop that puts `target` as far through itself as `source` is. */
export function linkedScrollTop(source: ScrollBox, target: ScrollBox): number {
  const range = Math.max(0, target.scrollHeight - target.clientHeight);
  return Math.round(scrollFraction(source) * range);
}
