// A note from another article of the story, shown beside the sentence of this article that says
// the same thing; marked as coming from elsewhere, and a click opens the passage it was made on.
import type { StoryNote } from '../../../shared/annotations';
import { outletLabel } from '../labels/article-labels';

interface Props {
  note: StoryNote;
  onOpenSource: (note: StoryNote, card: HTMLElement) => void;
}

export function StoryNoteCard({ note, onOpenSource }: Props) {
  const from = note.source.outlet ?? note.source.title ?? outletLabel(null);
  return (
    <aside className={`story-note story-note-${note.color}`} data-testid="story-note" data-highlight-id={note.highlightId} aria-label={`Note from ${from}`}>
      <p className="story-note-from">
        <span className="story-note-badge">From the story</span> Note from <strong>{from}</strong>
      </p>
      <p className="story-note-body">{note.note}</p>
      <p className="story-note-on">
        On “<span className="story-note-passage">{note.passage.text}</span>”
      </p>
      <button type="button" className="link-button story-note-open" data-testid="story-note-open" onClick={(e) => onOpenSource(note, e.currentTarget.closest('aside') ?? e.currentTarget)}>
        Open the source passage
      </button>
    </aside>
  );
}
