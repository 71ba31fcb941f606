// The small toolbar over a text selection: highlight in one of five colours, add a note, or copy
// the quote with its source. Drawn in <body> so no column's containment can clip it.
import { useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { HighlightColor } from '../../../shared/annotations';
import { ColorSwatches } from './ColorSwatches';
import { floatingPosition } from './floating-position';

interface Props {
  rect: DOMRect;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
  onCopy: () => void;
}

export function SelectionToolbar({ rect, onHighlight, onAddNote, onCopy }: Props) {
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
      aria-label="Selection"
      data-testid="selection-toolbar"
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999 }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <ColorSwatches onPick={onHighlight} />
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="toolbar-button" data-testid="add-note" onClick={onAddNote}>
        Add note
      </button>
      <button type="button" className="toolbar-button" data-testid="copy-quote" onClick={onCopy} title="Copy the quote with title, outlet and author">
        Copy quote
      </button>
    </div>,
    document.body,
  );
}
