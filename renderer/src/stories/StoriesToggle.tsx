// The header button that shows the Stories view (stories, outlets, reading balance) in place of
// the reading columns, and back.
import { StoriesIcon } from './StoriesIcon';

export function StoriesToggle({ pressed, onToggle }: { pressed: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="button button-quiet"
      data-testid="stories-view-toggle"
      aria-pressed={pressed}
      title={pressed ? 'Back to the reading columns' : 'Stories: the library grouped by event, with outlets and your reading balance'}
      onClick={onToggle}
    >
      <StoriesIcon />
      <span>Stories</span>
    </button>
  );
}
