// A loaded article with its highlights and notes: the scrolling text, the selection toolbar,
// the popover of a clicked highlight, and (when shown) the notes pane beside the text.
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { AnchoredHighlight, HighlightColor } from '../../../shared/annotations';
import type { Article } from '../../../shared/domain';
import { blocksToText } from '../../../shared/text';
import { useApi } from '../api/api-context';
import { copyText, downloadText } from '../annotations/clipboard';
import { HighlightPopover } from '../annotations/HighlightPopover';
import { NotesPane } from '../annotations/NotesPane';
import { quoteWithSource } from '../annotations/quote-with-source';
import { SelectionToolbar } from '../annotations/SelectionToolbar';
import { useAnnotations } from '../annotations/use-annotations';
import { useTextSelection } from '../annotations/use-text-selection';
import { useNotices } from '../state/notices';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';

interface Props {
  article: Article;
  title: string;
  notesShown: boolean;
}

interface OpenPopover {
  id: number;
  rect: DOMRect;
  focusNote: boolean;
}

export function AnnotatedArticle({ article, title, notesShown }: Props) {
  const api = useApi();
  const { inform, reportError } = useNotices();
  const annotations = useAnnotations(article.id, true);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(bodyRef, scrollRef);
  const [popover, setPopover] = useState<OpenPopover | null>(null);
  const text = useMemo(() => blocksToText(article.blocks), [article.blocks]);
  const popoverHighlight = popover ? annotations.data?.highlights.find((h) => h.id === popover.id) : undefined;

  const highlightSelection = async (color: HighlightColor, withNote: boolean) => {
    if (!selection) return;
    const { rect } = selection;
    clear();
    const created = await annotations.create(selection, color);
    if (created && withNote) setPopover({ id: created.id, rect, focusNote: true });
  };

  const copySelection = async () => {
    if (!selection) return;
    try {
      await copyText(quoteWithSource(text.slice(selection.start, selection.end), article));
      inform('Quote copied with its source.');
    } catch (err) {
      reportError(err);
    }
  };

  const openHighlight = (event: MouseEvent) => {
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-highlight-id]');
    const sel = window.getSelection();
    if (!mark || (sel && !sel.isCollapsed)) return;
    // The innermost mark is the one clicked; its own rectangle places the popover.
    setPopover({ id: Number(mark.dataset.highlightId), rect: mark.getBoundingClientRect(), focusNote: false });
  };

  const deleteHighlight = async (id: number) => {
    setPopover(null);
    const deleted = await annotations.remove(id);
    if (deleted) inform('Highlight deleted.', { label: 'Undo', run: () => void annotations.restore(deleted) });
  };

  const jumpTo = useCallback(
    (h: AnchoredHighlight) => {
      const mark = bodyRef.current?.querySelector<HTMLElement>(`mark[data-highlight-id="${h.id}"]`);
      if (h.anchor.status === 'orphaned' || !mark) {
        inform('This passage is no longer in the article’s text; its quote and note are kept here.');
        return;
      }
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      for (const m of bodyRef.current!.querySelectorAll<HTMLElement>(`mark[data-highlight-id="${h.id}"]`)) {
        m.classList.remove('is-flashing');
        void m.offsetWidth; // restart the animation
        m.classList.add('is-flashing');
      }
    },
    [inform],
  );

  const exportMarkdown = async (how: 'copy' | 'download') => {
    try {
      const { fileName, markdown } = await api.exportAnnotations({ articleId: article.id });
      if (how === 'copy') {
        await copyText(markdown);
        inform('Highlights and notes copied as Markdown.');
      } else {
        downloadText(fileName, markdown);
      }
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div className="column-main" data-notes-shown={notesShown || undefined}>
      <div
        ref={scrollRef}
        className="column-scroll"
        tabIndex={0}
        aria-label={`Text of ${title}`}
        onScroll={() => popover && setPopover(null)}
      >
        <article className="article">
          <ArticleHeader article={article} />
          <ArticleBody ref={bodyRef} blocks={article.blocks} marks={annotations.marks} onClick={openHighlight} />
        </article>
      </div>
      {notesShown ? (
        <NotesPane
          annotations={annotations.data}
          onJump={jumpTo}
          onSaveArticleNote={(body) => void annotations.saveArticleNote(body)}
          onSaveArticleTags={(tags) => void annotations.saveArticleTags(tags)}
          onCopyMarkdown={() => void exportMarkdown('copy')}
          onDownloadMarkdown={() => void exportMarkdown('download')}
        />
      ) : null}
      {selection ? (
        <SelectionToolbar
          rect={selection.rect}
          onHighlight={(color) => void highlightSelection(color, false)}
          onAddNote={() => void highlightSelection('yellow', true)}
          onCopy={() => void copySelection()}
        />
      ) : null}
      {popover && popoverHighlight ? (
        <HighlightPopover
          highlight={popoverHighlight}
          rect={popover.rect}
          focusNote={popover.focusNote}
          onColor={(color) => void annotations.update(popover.id, { color })}
          onNote={(note) => void annotations.update(popover.id, { note })}
          onTags={(tags) => void annotations.update(popover.id, { tags })}
          onDelete={() => void deleteHighlight(popover.id)}
          onClose={() => setPopover(null)}
        />
      ) : null}
    </div>
  );
}
