// The header button that shows the Notes view (every highlight and note in the library) in place
// of the reading columns, and back.
import { NotesIcon } from '../ui/icons';

export function NotesToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="button button-quiet"
      data-testid="notes-view-toggle"
      aria-pressed={pressed}
      title={pressed ? 'Back to the reading columns' : 'All highlights and notes in the library'}
      onClick={onToggle}
    >
      <NotesIcon />
      <span>Notes</span>
    </button>
  );
}
