// The comparison pane's width, dragged from its left edge or nudged with the arrow keys, and
// remembered for the session.
import { useState, type KeyboardEvent, type PointerEvent } from 'react';

const MIN = 320;
const MAX = 720;
// Narrower on narrow windows, so three columns, the library and the pane fit at 1440 px.
const defaultWidth = () => Math.round(Math.min(420, Math.max(MIN, (typeof window === 'undefined' ? 1600 : window.innerWidth) * 0.27)));

const clamp = (w: number) => Math.max(MIN, Math.min(MAX, Math.round(w)));

export function usePaneWidth() {
  const [width, setWidth] = useState(defaultWidth);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    const startX = e.clientX;
    const startWidth = width;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => setWidth(clamp(startWidth + startX - ev.clientX));
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 60 : 20;
    if (e.key === 'ArrowLeft') setWidth((w) => clamp(w + step));
    else if (e.key === 'ArrowRight') setWidth((w) => clamp(w - step));
    else return;
    e.preventDefault();
  };
  return {
    width,
    handle: {
      className: 'compare-resize',
      role: 'separator',
      'aria-orientation': 'vertical' as const,
      'aria-label': 'Resize comparison',
      'aria-valuemin': MIN,
      'aria-valuemax': MAX,
      'aria-valuenow': width,
      tabIndex: 0,
      onPointerDown,
      onKeyDown,
    },
  };
}
