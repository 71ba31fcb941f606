// Which rows of a long fixed-height list to render: the ones in view plus a few either side, and
// the empty space that stands in for the others so the scrollbar stays true. Pure.

export interface Viewport {
  /** The scroll container's scrollTop, and where the list starts inside its content. */
  scrollTop: number;
  listTop: number;
  height: number;
}

export interface RowWindow {
  start: number;
  /** One past the last row to render. */
  end: number;
  padTop: number;
  padBottom: number;
}

export function visibleRows(count: number, rowHeight: number, view: Viewport, overscan = 6): RowWindow {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = view.scrollTop - view.listTop;
  const first = Math.floor(Math.max(0, top) / rowHeight);
  const last = Math.ceil(Math.max(0, top + view.height) / rowHeight);
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.max(start + 1, Math.min(count, last + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

/** The scrollTop that brings row `index` fully into view, or null when it already is. */
export function scrollToRow(index: number, rowHeight: number, view: Viewport, stickyHeader = 0): number | null {
  const rowTop = view.listTop + index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop - stickyHeader < view.scrollTop) return Math.max(0, rowTop - stickyHeader);
  if (rowBottom > view.scrollTop + view.height) return rowBottom - view.height;
  return null;
}
