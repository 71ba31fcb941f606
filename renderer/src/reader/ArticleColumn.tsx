// One reading column: a title bar with its actions, an optional metadata form, and the article
// in its own scroll area. Any click or focus inside makes the column the active one.
import { useRef, useState } from 'react';
import type { Article, ArticleId } from '../../../shared/domain';
import { displayTitle } from '../labels/article-labels';
import { CloseIcon, EditIcon, NotesIcon } from '../ui/icons';
import { AnnotatedArticle } from './AnnotatedArticle';
import { ArticleSkeleton } from './ArticleSkeleton';
import { MetadataForm } from './MetadataForm';
import { useArticle } from './use-article';

interface Props {
  id: ArticleId;
  active: boolean;
  onActivate: (id: ArticleId) => void;
  onClose: (id: ArticleId) => void;
  onMetadataSaved: (article: Article) => void;
}

export function ArticleColumn({ id, active, onActivate, onClose, onMetadataSaved }: Props) {
  const { load, replace, retry } = useArticle(id);
  const [editing, setEditing] = useState(false);
  const [notesShown, setNotesShown] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const article = load.status === 'ready' ? load.article : null;
  const title = article ? displayTitle(article.title, article.sourceName) : load.status === 'loading' ? 'Loading…' : 'Not available';

  const stopEditing = () => {
    setEditing(false);
    editButton.current?.focus();
  };

  return (
    <section
      className="reader-column"
      role="region"
      aria-label={title}
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
          <button
            type="button"
            className="icon-button"
            data-testid="notes-toggle"
            aria-label="Notes and highlights"
            title="Show or hide this article’s highlights and notes"
            aria-pressed={notesShown}
            disabled={!article}
            onClick={() => setNotesShown((shown) => !shown)}
          >
            <NotesIcon />
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
        <AnnotatedArticle article={article} title={title} notesShown={notesShown} />
      ) : (
        <div className="column-scroll" tabIndex={0} aria-label={`Text of ${title}`}>
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
