// The border between two reading columns: drag it with a pointer, or focus it and use the arrow
// keys (Shift for bigger steps, Home/End to the limits, Enter to split evenly). The columns
// follow the pointer directly; the new widths are committed (and saved) when the drag ends.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { keyDelta, leftShare, resizePair, type PairSize } from './column-resize';

interface Props {
  leftId: ArticleId;
  rightId: ArticleId;
  leftWeight: number;
  rightWeight: number;
  label: string;
  onResize: (widths: Record<number, number>) => void;
}

interface Drag {
  pointerId: number;
  startX: number;
  pair: PairSize;
  left: HTMLElement;
  right: HTMLElement;
  result: { left: number; right: number } | null;
}

export function ColumnSeparator({ leftId, rightId, leftWeight, rightWeight, label, onResize }: Props) {
  const drag = useRef<Drag | null>(null);

  const measure = (separator: HTMLElement) => {
    const left = separator.previousElementSibling as HTMLElement | null;
    const right = separator.nextElementSibling as HTMLElement | null;
    if (!left || !right) return null;
    const pair = { leftPx: left.getBoundingClientRect().width, rightPx: right.getBoundingClientRect().width, leftWeight, rightWeight };
    return { left, right, pair };
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const measured = measure(e.currentTarget);
    if (!measured) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { pointerId: e.pointerId, startX: e.clientX, ...measured, result: null };
    e.currentTarget.dataset.dragging = 'true';
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    const r = resizePair(d.pair, e.clientX - d.startX);
    d.left.style.flexGrow = String(r.left);
    d.right.style.flexGrow = String(r.right);
    d.result = r;
    e.currentTarget.setAttribute('aria-valuenow', String(leftShare(r.leftPx, d.pair.leftPx + d.pair.rightPx - r.leftPx)));
  };

  const endDrag = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.pointerId !== e.pointerId) return;
    drag.current = null;
    delete e.currentTarget.dataset.dragging;
    if (d.result) onResize({ [leftId]: d.result.left, [rightId]: d.result.right });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const measured = measure(e.currentTarget);
    if (!measured) return;
    const delta = keyDelta(e.key, e.shiftKey, measured.pair);
    if (delta === null) return;
    e.preventDefault();
    const r = resizePair(measured.pair, delta);
    onResize({ [leftId]: r.left, [rightId]: r.right });
  };

  return (
    <div
      className="column-separator"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={`column-${leftId} column-${rightId}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round((100 * leftWeight) / (leftWeight + rightWeight))}
      tabIndex={0}
      data-testid="column-separator"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
