// One highlight or article note in the Notes view: the quote, the note, its tags (a click filters
// by the tag) and where it comes from. A click on the card opens the passage in a column.
import { COLOR_NAMES } from '../annotations/ColorSwatches';
import { TagChips } from '../annotations/TagChips';
import type { NotesEntry } from './use-notes-overview';

interface Props {
  entry: NotesEntry;
  activeTag: string | null;
  onOpen: (entry: NotesEntry) => void;
  onTag: (tag: string) => void;
}

export function NotesEntryCard({ entry, activeTag, onOpen, onTag }: Props) {
  const title = entry.article.title ?? 'Untitled article';
  const isHighlight = entry.kind === 'highlight';
  return (
    <li
      className="notes-card"
      data-testid="notes-entry"
      data-kind={entry.kind}
      data-color={isHighlight ? entry.color : undefined}
      data-article-id={entry.articleId}
      data-highlight-id={isHighlight ? entry.id : undefined}
    >
      <button
        type="button"
        className="notes-card-open"
        aria-label={isHighlight ? `Open “${entry.quote.exact.slice(0, 60)}” in ${title}` : `Open ${title}`}
        onClick={() => onOpen(entry)}
      >
        <span className={`notes-card-bar ${isHighlight ? `highlight-${entry.color}` : 'notes-card-bar-note'}`} aria-hidden="true" />
        <span className="notes-card-body">
          {isHighlight ? (
            <span className="notes-card-quote">
              <span className="visually-hidden">{COLOR_NAMES[entry.color]} highlight: </span>
              <mark className={`notes-card-mark highlight-${entry.color}`}>{entry.quote.exact}</mark>
            </span>
          ) : (
            <span className="notes-card-kind">Article note</span>
          )}
          {isHighlight ? (entry.note ? <span className="notes-card-note">{entry.note}</span> : null) : <span className="notes-card-note">{entry.body}</span>}
        </span>
      </button>
      <div className="notes-card-footer">
        <span className="notes-card-source">
          <span className="notes-card-title">{title}</span>
          {entry.article.outlet ? <span className="notes-card-outlet">{entry.article.outlet}</span> : null}
        </span>
        <TagChips tags={entry.allTags} onPick={onTag} active={activeTag} />
      </div>
    </li>
  );
}
