// The Notes view: every highlight and article note in the library in one place, with filters
// (words, colour, tag, article, outlet). A click takes the reader to the passage in a column.
import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import '../styles/notes.css';
import { LibraryActions } from './LibraryActions';
import { NotesEntryCard } from './NotesEntryCard';
import { NotesFilters } from './NotesFilters';
import { NO_FILTER, useNotesOverview, type NotesEntry, type NotesFilter } from './use-notes-overview';

interface Props {
  articles: readonly ArticleSummary[];
  libraryVersion: number;
  onOpenHighlight: (articleId: number, highlightId: number) => void;
  onOpenArticle: (articleId: number) => void;
}

export function NotesView({ articles, libraryVersion, onOpenHighlight, onOpenArticle }: Props) {
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const { entries, tags, reload } = useNotesOverview(filter, libraryVersion);
  const change = (patch: Partial<NotesFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const open = (entry: NotesEntry) =>
    entry.kind === 'highlight' ? onOpenHighlight(entry.articleId, entry.id) : onOpenArticle(entry.articleId);

  return (
    <main className="notes-view" data-testid="notes-view" aria-label="All highlights and notes">
      <div className="notes-view-head">
        <div className="notes-view-title">
          <h1>Notes</h1>
          <span className="notes-view-count" data-testid="notes-count" aria-live="polite">
            {entries ? `${entries.length} ${entries.length === 1 ? 'item' : 'items'}` : 'Loading…'}
          </span>
        </div>
        <LibraryActions onImported={reload} />
      </div>
      <NotesFilters filter={filter} onChange={change} tags={tags} articles={articles} />
      {entries === null ? null : entries.length === 0 ? (
        <p className="notes-view-empty" data-testid="notes-empty">
          {JSON.stringify(filter) === JSON.stringify(NO_FILTER)
            ? 'No highlights yet. Select text in an article to highlight it; write #tags in a note to group passages.'
            : 'Nothing matches these filters.'}
        </p>
      ) : (
        <ul className="notes-cards" data-testid="notes-entries">
          {entries.map((entry) => (
            <NotesEntryCard
              key={`${entry.kind}-${entry.id}`}
              entry={entry}
              activeTag={filter.tag}
              onOpen={open}
              onTag={(tag) => change({ tag: filter.tag?.toLowerCase() === tag.toLowerCase() ? null : tag })}
            />
          ))}
        </ul>
      )}
    </main>
  );
}
