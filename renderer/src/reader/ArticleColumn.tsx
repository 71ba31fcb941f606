// One reading column: a title bar with its actions, an optional metadata form, and the article
// in its own scroll area. Any click or focus inside makes the column the active one.
import { useEffect, useRef, useState } from 'react';
import type { StoryNote } from '../../../shared/annotations';
import type { Article, ArticleId } from '../../../shared/domain';
import { ColumnFind } from '../find/ColumnFind';
import { displayTitle } from '../labels/article-labels';
import { CloseIcon, DoneIcon, EditIcon, LinkScrollIcon, NotesIcon } from '../ui/icons';
import { AnnotatedArticle } from './AnnotatedArticle';
import { ArticleSkeleton } from './ArticleSkeleton';
import { requestColumn } from './column-requests';
import { MetadataForm } from './MetadataForm';
import { useArticle } from './use-article';
import { useReadingProgress } from './use-reading-progress';

interface Props {
  id: ArticleId;
  /** 1-based place among `count` columns, for the region's name. */
  position: number;
  count: number;
  /** Flex weight: this column's share of the reading area. */
  weight: number;
  active: boolean;
  notesShown: boolean;
  /** Exactly two columns are open, so they can scroll together. */
  linkable: boolean;
  linked: boolean;
  onActivate: (id: ArticleId) => void;
  onClose: (id: ArticleId) => void;
  onToggleNotes: (id: ArticleId) => void;
  onToggleLinked: () => void;
  onMetadataSaved: (article: Article) => void;
  onOpenSource: (note: StoryNote, card: HTMLElement) => void;
}

export function ArticleColumn(props: Props) {
  const { id, position, count, weight, active, notesShown, linkable, linked } = props;
  const { onActivate, onClose, onToggleNotes, onToggleLinked, onMetadataSaved, onOpenSource } = props;
  const { load, replace, retry } = useArticle(id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const columnRef = useRef<HTMLElement>(null);
  const article = load.status === 'ready' ? load.article : null;
  // Focus given to the text while the article was loading moves to the text once it is drawn
  // (the placeholder it was on is gone), so the keyboard keeps scrolling this column.
  const focusedWhileLoading = useRef(false);
  useEffect(() => {
    if (!article || !focusedWhileLoading.current) return;
    focusedWhileLoading.current = false;
    if (document.activeElement === document.body || !document.activeElement) {
      columnRef.current?.querySelector<HTMLElement>('.column-scroll')?.focus({ preventScroll: true });
    }
  }, [article]);
  const { reading, setStatus } = useReadingProgress(columnRef, article);
  const done = reading?.status === 'done';
  const title = article ? displayTitle(article.title, article.sourceName) : load.status === 'loading' ? 'Loading…' : 'Not available';

  const stopEditing = () => {
    setEditing(false);
    editButton.current?.focus();
  };

  return (
    <section
      ref={columnRef}
      className="reader-column"
      id={`column-${id}`}
      role="region"
      aria-label={count > 1 ? `Column ${position} of ${count}: ${title}` : title}
      style={{ flexGrow: weight }}
      data-testid="reader-column"
      data-article-id={id}
      data-active={active || undefined}
      aria-current={active ? 'true' : undefined}
      onMouseDownCapture={() => onActivate(id)}
      onFocusCapture={() => onActivate(id)}
    >
      <div className="column-bar">
        <span className="column-title" title={title}>
          {title}
        </span>
        <div className="column-actions" role="toolbar" aria-label="Article actions">
          {linkable ? (
            <button
              type="button"
              className="icon-button"
              data-testid="linked-scroll-toggle"
              aria-label="Scroll both columns together"
              title="Scroll both columns together, each at the same point of its article"
              aria-pressed={linked}
              onClick={onToggleLinked}
            >
              <LinkScrollIcon />
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            data-testid="mark-done"
            aria-label="Read"
            title={done ? 'Marked as read; press to mark as still reading' : 'Mark as read'}
            aria-pressed={done}
            disabled={!article}
            onClick={() => setStatus(done ? (reading && reading.progress > 0 ? 'reading' : 'unread') : 'done')}
          >
            <DoneIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="notes-toggle"
            aria-label="Notes and highlights"
            title="Show or hide this article’s highlights and notes"
            aria-pressed={notesShown}
            disabled={!article}
            onClick={() => onToggleNotes(id)}
          >
            <NotesIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="reclean-article"
            aria-label="Re-clean from original"
            title="Re-clean from the original file with the current cleaner; highlights and notes are kept"
            disabled={!article}
            onClick={() => requestColumn(id, 'reclean')}
          >
            <RecleanIcon />
          </button>
          <button
            ref={editButton}
            type="button"
            className="icon-button"
            data-testid="edit-metadata"
            aria-label="Edit details"
            title="Edit title, outlet, authors, date and URL"
            aria-expanded={editing}
            disabled={!article}
            onClick={() => setEditing((e) => !e)}
          >
            <EditIcon />
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="column-close"
            aria-label={`Close ${title}`}
            title="Close column"
            onClick={() => onClose(id)}
          >
            <CloseIcon />
          </button>
        </div>
      </div>
      <ColumnFind articleId={id} active={active} />
      {editing && article ? (
        <MetadataForm
          article={article}
          onCancel={stopEditing}
          onSaved={(saved) => {
            replace(saved);
            onMetadataSaved(saved);
            stopEditing();
          }}
        />
      ) : null}
      {article ? (
        <AnnotatedArticle
          article={article}
          title={title}
          notesShown={notesShown}
          onArticleReplaced={(fresh) => {
            replace(fresh);
            onMetadataSaved(fresh);
          }}
          onOpenSource={onOpenSource}
        />
      ) : (
        <div
          className="column-scroll"
          tabIndex={0}
          aria-label={`Text of ${title}`}
          onFocus={() => (focusedWhileLoading.current = true)}
        >
          {load.status === 'loading' ? <ArticleSkeleton /> : null}
          {load.status === 'failed' ? (
            <div className="column-problem" role="status">
              <p>This article could not be opened.</p>
              <p className="column-problem-detail">{load.error.message}</p>
              <button type="button" className="button" onClick={retry}>
                Try again
              </button>
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** Two arrows round a page: the text made again from its original. */
function RecleanIcon() {
  return (
    <svg className="icon" width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M19.5 12a7.5 7.5 0 0 1-12.8 5.3M4.5 12a7.5 7.5 0 0 1 12.8-5.3" />
      <path d="M17.5 3.5v3.3h-3.3M6.5 20.5v-3.3h3.3" />
    </svg>
  );
}
