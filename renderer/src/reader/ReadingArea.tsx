// The reading area: up to four article columns side by side with draggable borders between
// them, or an inviting empty state. Two columns can scroll together.
import { Fragment, useCallback, useRef } from 'react';
import type { StoryNote } from '../../../shared/annotations';
import type { Article } from '../../../shared/domain';
import { focusHighlight } from '../notes/focus-highlight';
import { useNotices } from '../state/notices';
import { MAX_COLUMNS, type ReadingColumns } from '../state/reading-columns';
import { ColumnsIllustration } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';
import { ArticleColumn } from './ArticleColumn';
import { ColumnSeparator } from './ColumnSeparator';
import { useLinkedScroll } from './use-linked-scroll';

interface Props {
  columns: ReadingColumns;
  onMetadataSaved: (article: Article) => void;
}

/**
 * Keeps `el` at its current height in its column while the column narrows for a new one beside it
 * (the text re-flows taller, so the same scrollTop would show an earlier passage).
 */
function holdInColumn(el: HTMLElement): () => void {
  const scroller = el.closest<HTMLElement>('.column-scroll');
  if (!scroller) return () => undefined;
  const offset = () => el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  const was = offset();
  return () => {
    if (el.isConnected) scroller.scrollTop += offset() - was;
  };
}

/** A note from elsewhere in the story opens its source beside, at the noted passage. */
function useOpenSource(columns: ReadingColumns): (note: StoryNote, card: HTMLElement) => void {
  const { inform } = useNotices();
  const { openBeside } = columns;
  return useCallback(
    (note: StoryNote, card: HTMLElement) => {
      const restore = holdInColumn(card);
      if (!openBeside(note.source.id)) {
        inform(`You can read up to ${MAX_COLUMNS} articles side by side. Close a column to open the note’s source.`);
        return;
      }
      requestAnimationFrame(restore); // after the narrower columns are laid out
      void focusHighlight(note.source.id, note.highlightId).then((found) => {
        restore(); // and once the source has drawn, in case that moved anything
        if (!found) inform('Could not find that passage in its article any more.');
      });
    },
    [inform, openBeside],
  );
}

export function ReadingArea({ columns, onMetadataSaved }: Props) {
  const area = useRef<HTMLElement>(null);
  const { ids, active, widths, linked, notes } = columns;
  const linkable = ids.length === 2;
  useLinkedScroll(area, ids, linked);
  const openSource = useOpenSource(columns);

  if (ids.length === 0) {
    return (
      <main className="reading-area reading-area-empty" aria-label="Reading area">
        <div className="empty-state">
          <ColumnsIllustration />
          <p className="empty-state-title">Select an article to start reading</p>
          <p className="empty-state-hint">
            <kbd>{MOD_KEY}</kbd>-click to open it beside another — up to four side by side.
          </p>
        </div>
      </main>
    );
  }
  const weight = (id: number) => widths[id] ?? 1;
  return (
    <main ref={area} className="reading-area" aria-label="Reading area" data-columns={ids.length} data-linked={(linkable && linked) || undefined}>
      {ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 ? (
            <ColumnSeparator
              leftId={ids[i - 1]!}
              rightId={id}
              leftWeight={weight(ids[i - 1]!)}
              rightWeight={weight(id)}
              label={`Resize columns ${i} and ${i + 1}`}
              onResize={columns.resize}
            />
          ) : null}
          <ArticleColumn
            id={id}
            position={i + 1}
            count={ids.length}
            weight={weight(id)}
            active={i === active}
            notesShown={notes.includes(id)}
            linkable={linkable}
            linked={linked}
            onActivate={columns.activate}
            onClose={columns.close}
            onToggleNotes={columns.toggleNotes}
            onToggleLinked={columns.toggleLinked}
            onMetadataSaved={onMetadataSaved}
            onOpenSource={openSource}
          />
        </Fragment>
      ))}
    </main>
  );
}
