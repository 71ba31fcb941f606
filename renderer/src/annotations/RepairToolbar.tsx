// While a highlight is being repaired, a selection offers one thing: attach the highlight to it.
import { FloatingToolbar } from './FloatingToolbar';

interface Props {
  rect: DOMRect;
  onAttach: () => void;
  onCancel: () => void;
}

export function RepairToolbar({ rect, onAttach, onCancel }: Props) {
  return (
    <FloatingToolbar rect={rect} label="Repair highlight" testId="repair-toolbar">
      <button type="button" className="toolbar-button" data-testid="attach-highlight" onClick={onAttach}>
        Attach here
      </button>
      <button type="button" className="toolbar-button" onClick={onCancel}>
        Cancel
      </button>
    </FloatingToolbar>
  );
}
