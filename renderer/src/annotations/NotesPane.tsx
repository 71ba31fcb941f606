// The column's notes: the article note (Markdown, with a sanitised preview) and every highlight
// in reading order; orphans — passages no longer in the text — keep their quote and are marked.
// A click on a highlight scrolls the article to it.
import { useState } from 'react';
import type { AnchoredHighlight, ArticleAnnotations } from '../../../shared/annotations';
import { COLOR_NAMES } from './ColorSwatches';
import { extractHashtags, mergeTags } from '../../../shared/hashtags';
import { NoteEditor } from './NoteEditor';
import { TagChips } from './TagChips';
import { TagEditor } from './TagEditor';
import { renderNoteMarkdown } from './render-markdown';

interface Props {
  annotations: ArticleAnnotations | null;
  onJump: (highlight: AnchoredHighlight) => void;
  onSaveArticleNote: (body: string) => void;
  onSaveArticleTags?: (tags: string[]) => void;
  onCopyMarkdown: () => void;
  onDownloadMarkdown: () => void;
  /** Opens the anchoring panel (offered when some highlight is not exactly on its words). */
  onShowAnchoring?: () => void;
}

export function NotesPane(props: Props) {
  const { annotations, onJump, onSaveArticleNote, onSaveArticleTags, onCopyMarkdown, onDownloadMarkdown, onShowAnchoring } = props;
  const [previewing, setPreviewing] = useState(false);
  if (!annotations) {
    return (
      <aside className="notes-pane" data-testid="notes-pane" aria-label="Notes">
        <p className="notes-empty">Loading notes…</p>
      </aside>
    );
  }
  const body = annotations.articleNote?.body ?? '';
  return (
    <aside className="notes-pane" data-testid="notes-pane" aria-label="Notes">
      <section className="notes-section">
        <div className="notes-heading">
          <h2>Article note</h2>
          <button type="button" className="link-button" aria-pressed={previewing} onClick={() => setPreviewing((p) => !p)}>
            {previewing ? 'Edit' : 'Preview'}
          </button>
        </div>
        {previewing ? (
          body.trim() ? (
            // Sanitised by DOMPurify after Markdown rendering; raw HTML in the note is shown as text.
            <div className="note-preview" data-testid="article-note-preview" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(body) }} />
          ) : (
            <p className="notes-empty">No note yet.</p>
          )
        ) : (
          <NoteEditor
            key={annotations.articleId}
            initial={body}
            onSave={onSaveArticleNote}
            label="Note on this article"
            placeholder="Your thoughts on the whole article… (Markdown)"
            testId="article-note-editor"
            rows={5}
          />
        )}
        {onSaveArticleTags ? (
          <TagEditor tags={annotations.articleTags} onChange={onSaveArticleTags} label="Tags of this article" testId="article-tag-editor" />
        ) : (
          <TagChips tags={annotations.articleTags} />
        )}
      </section>
      <section className="notes-section">
        <div className="notes-heading">
          <h2>
            Highlights <span className="notes-count">{annotations.highlights.length}</span>
          </h2>
          {onShowAnchoring && annotations.highlights.some((h) => h.anchor.status !== 'exact') ? (
            <button type="button" className="link-button" data-testid="show-anchoring" onClick={onShowAnchoring}>
              Review anchoring
            </button>
          ) : null}
        </div>
        {annotations.highlights.length === 0 ? (
          <p className="notes-empty">Select text in the article to highlight it.</p>
        ) : (
          <ul className="notes-list">
            {annotations.highlights.map((h) => (
              <li key={h.id}>
                <button
                  type="button"
                  className="notes-item"
                  data-testid="notes-item"
                  data-highlight-id={h.id}
                  data-status={h.anchor.status}
                  onClick={() => onJump(h)}
                >
                  <span className={`notes-chip highlight-${h.color}`} role="img" aria-label={`${COLOR_NAMES[h.color]} highlight`} />
                  <span className="notes-item-text">
                    {h.anchor.status === 'orphaned' ? (
                      <span className="notes-orphan">Passage no longer in the text</span>
                    ) : null}
                    <span className="notes-quote">{h.quote.exact}</span>
                    {h.note ? <span className="notes-note">{h.note}</span> : null}
                    <TagChips tags={mergeTags(h.tags, extractHashtags(h.note))} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="notes-actions">
        <button type="button" className="button button-quiet" data-testid="copy-markdown" onClick={onCopyMarkdown}>
          Copy as Markdown
        </button>
        <button type="button" className="button button-quiet" data-testid="download-markdown" onClick={onDownloadMarkdown}>
          Download .md
        </button>
      </div>
    </aside>
  );
}
