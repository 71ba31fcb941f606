// A small toolbar floating over a text selection, placed by floatingPosition. Drawn in <body> so no
// column's containment can clip it; pressing it never takes the selection away.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { floatingPosition } from './floating-position';

interface Props {
  rect: DOMRect;
  label: string;
  testId: string;
  children: ReactNode;
}

export function FloatingToolbar({ rect, label, testId, children }: Props) {
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
      aria-label={label}
      data-testid={testId}
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999 }}
      onMouseDown={(e) => e.preventDefault()}
    >
      {children}
    </div>,
    document.body,
  );
}
