// What a click on a highlight opens: change its colour, write its note (saved as you type),
// or delete it. Escape or a click elsewhere closes it.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { AnchoredHighlight, HighlightColor } from '../../../shared/annotations';
import { CloseIcon } from '../ui/icons';
import { ColorSwatches } from './ColorSwatches';
import { floatingPosition } from './floating-position';
import { NoteEditor } from './NoteEditor';
import { TagChips } from './TagChips';
import { TagEditor } from './TagEditor';

interface Props {
  highlight: AnchoredHighlight;
  rect: DOMRect;
  focusNote: boolean;
  onColor: (color: HighlightColor) => void;
  onNote: (note: string) => void;
  /** Without it the tags are shown but not editable. */
  onTags?: (tags: string[]) => void;
  onDelete: () => void;
  onClose: () => void;
}

export function HighlightPopover({ highlight, rect, focusNote, onColor, onNote, onTags, onDelete, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el) setPosition(floatingPosition(rect, { width: el.offsetWidth, height: el.offsetHeight }));
  }, [rect]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    const onDown = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (ref.current?.contains(target)) return;
      // A click on another highlight opens that one; the column handles it.
      if (target?.closest?.('mark[data-highlight-id]')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [onClose]);

  return createPortal(
    <div
      ref={ref}
      className="floating-panel highlight-popover"
      role="dialog"
      aria-label="Highlight"
      data-testid="highlight-popover"
      data-highlight-id={highlight.id}
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999 }}
    >
      <div className="popover-row">
        <ColorSwatches current={highlight.color} onPick={onColor} />
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <CloseIcon size={14} />
        </button>
      </div>
      <NoteEditor
        key={highlight.id}
        initial={highlight.note ?? ''}
        onSave={onNote}
        label="Note on this highlight"
        placeholder="Add a note… (Markdown)"
        autoFocus={focusNote}
      />
      {onTags ? (
        <TagEditor tags={highlight.tags} onChange={onTags} label="Tags of this highlight" testId="highlight-tag-editor" />
      ) : (
        <TagChips tags={highlight.tags} />
      )}
      <div className="popover-row">
        <span className="popover-hint">Saved as you type</span>
        <button type="button" className="button button-quiet button-danger" data-testid="delete-highlight" onClick={onDelete}>
          Delete highlight
        </button>
      </div>
    </div>,
    document.body,
  );
}
