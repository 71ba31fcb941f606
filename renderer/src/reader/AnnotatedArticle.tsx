// A loaded article with its highlights and notes: the scrolling text, the selection toolbar,
// the popover of a clicked highlight, (when shown) the notes pane beside the text and the
// anchoring panel above it, and notes from other articles of the story beside their passages.
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { AnchoredHighlight, HighlightColor, StoryNote } from '../../../shared/annotations';
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
import { AnchoringPanel } from '../annotations/AnchoringPanel';
import { RepairToolbar } from '../annotations/RepairToolbar';
import { StoryNoteCard } from '../annotations/StoryNoteCard';
import { useAnchoring } from '../annotations/use-anchoring';
import { useStoryNotes } from '../annotations/use-story-notes';
import { blockStarts } from '../annotations/highlight-segments';
import { useNotices } from '../state/notices';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { consumeColumnRequest, useColumnRequest } from './column-requests';

interface Props {
  article: Article;
  title: string;
  notesShown: boolean;
  /** The article's text changed (re-cleaned): the column takes the new copy. */
  onArticleReplaced: (article: Article) => void;
  /** Opens another article's passage (a note from elsewhere in the story). */
  onOpenSource: (note: StoryNote, card: HTMLElement) => void;
}

interface OpenPopover {
  id: number;
  rect: DOMRect;
  focusNote: boolean;
}

export function AnnotatedArticle({ article, title, notesShown, onArticleReplaced, onOpenSource }: Props) {
  const api = useApi();
  const { inform, reportError } = useNotices();
  const annotations = useAnnotations(article.id, true);
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(bodyRef, scrollRef);
  const [popover, setPopover] = useState<OpenPopover | null>(null);
  const text = useMemo(() => blocksToText(article.blocks), [article.blocks]);
  const popoverHighlight = popover ? annotations.data?.highlights.find((h) => h.id === popover.id) : undefined;
  const anchoring = useAnchoring(article, annotations, onArticleReplaced);
  const storyNotes = useStoryNotes(article);
  const asides = useMemo(() => storyNoteAsides(article, storyNotes, onOpenSource), [article, storyNotes, onOpenSource]);

  // The palette (or the column's button) asks; this column answers.
  const request = useColumnRequest(article.id);
  const { reclean, show: showAnchoring } = anchoring;
  useEffect(() => {
    if (!request) return;
    consumeColumnRequest(article.id, request.seq);
    if (request.kind === 'reclean') void reclean();
    else showAnchoring();
  }, [request, article.id, reclean, showAnchoring]);

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

  const attachSelection = async () => {
    if (!selection) return;
    const range = { start: selection.start, end: selection.end };
    clear();
    await anchoring.attach(range);
  };

  return (
    <>
    {anchoring.shown && annotations.data ? (
      <AnchoringPanel
        highlights={annotations.data.highlights}
        text={text}
        busy={anchoring.busy}
        repairingId={anchoring.repairingId}
        onJump={jumpTo}
        onKeep={(h) => void anchoring.keep(h)}
        onRepair={anchoring.startRepair}
        onCancelRepair={anchoring.cancelRepair}
        onDelete={(h) => void deleteHighlight(h.id)}
        onClose={anchoring.close}
      />
    ) : null}
    <div className="column-main" data-notes-shown={notesShown || undefined} data-recleaning={anchoring.busy || undefined}>
      <div
        ref={scrollRef}
        className="column-scroll"
        tabIndex={0}
        aria-label={`Text of ${title}`}
        onScroll={() => popover && setPopover(null)}
      >
        <article className="article">
          <ArticleHeader article={article} />
          <ArticleBody ref={bodyRef} blocks={article.blocks} marks={annotations.marks} asides={asides} onClick={openHighlight} />
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
          onShowAnchoring={anchoring.show}
        />
      ) : null}
      {selection && anchoring.repairingId !== null ? (
        <RepairToolbar rect={selection.rect} onAttach={() => void attachSelection()} onCancel={anchoring.cancelRepair} />
      ) : selection ? (
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
    </>
  );
}

/** Each note from elsewhere in the story goes after the block its matching passage starts in. */
function storyNoteAsides(article: Article, notes: readonly StoryNote[], onOpenSource: (note: StoryNote, card: HTMLElement) => void): Map<number, ReactNode> {
  const asides = new Map<number, ReactNode>();
  if (!notes.length) return asides;
  const starts = blockStarts(article.blocks);
  const byBlock = new Map<number, StoryNote[]>();
  for (const note of notes) {
    let block = 0;
    while (block + 1 < starts.length && starts[block + 1]! <= note.passage.start) block++;
    byBlock.set(block, [...(byBlock.get(block) ?? []), note]);
  }
  for (const [block, list] of byBlock) {
    asides.set(
      block,
      <div key={`story-notes-${block}`} className="story-notes">
        {list.map((note) => (
          <StoryNoteCard key={note.highlightId} note={note} onOpenSource={onOpenSource} />
        ))}
      </div>,
    );
  }
  return asides;
}
