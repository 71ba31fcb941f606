// The small toolbar over a text selection: highlight in one of five colours, add a note, or copy
// the quote with its source.
import type { HighlightColor } from '../../../shared/annotations';
import { ColorSwatches } from './ColorSwatches';
import { FloatingToolbar } from './FloatingToolbar';

interface Props {
  rect: DOMRect;
  onHighlight: (color: HighlightColor) => void;
  onAddNote: () => void;
  onCopy: () => void;
}

export function SelectionToolbar({ rect, onHighlight, onAddNote, onCopy }: Props) {
  return (
    <FloatingToolbar rect={rect} label="Selection" testId="selection-toolbar">
      <ColorSwatches onPick={onHighlight} />
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="toolbar-button" data-testid="add-note" onClick={onAddNote}>
        Add note
      </button>
      <button type="button" className="toolbar-button" data-testid="copy-quote" onClick={onCopy} title="Copy the quote with title, outlet and author">
        Copy quote
      </button>
    </FloatingToolbar>
  );
}
