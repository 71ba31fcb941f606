// While a highlight is being repaired, a selection offers one thing: attach the highlight to it.
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { floatingPosition } from './floating-position';

interface Props {
  rect: DOMRect;
  onAttach: () => void;
  onCancel: () => void;
}

export function RepairToolbar({ rect, onAttach, onCancel }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setPosition(floatingPosition(rect, { width: el.offsetWidth, height: el.offsetHeight }));
  }, [rect]);

  return createPortal(
    <div
      ref={ref}
      className="floating-panel selection-toolbar"
      role="toolbar"
      aria-label="Repair highlight"
      data-testid="repair-toolbar"
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999 }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <button type="button" className="toolbar-button" data-testid="attach-highlight" onClick={onAttach}>
        Attach here
      </button>
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel
      </button>
    </div>,
    document.body,
  );
}
