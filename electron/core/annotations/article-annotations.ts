// Annotating an article: highlights are taken from and re-anchored against the article's
// current canonical text, and each change is saved at once in one transaction.
import type { Database } from 'better-sqlite3';
import type {
  AnchoredHighlight,
  AnnotationOverview,
  ArticleAnnotations,
  Highlight,
  HighlightColor,
} from '../../../shared/annotations';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText } from '../../../shared/text';
import { getArticle } from '../library/articles';
import { anchorHighlight } from './anchoring/anchor-highlight';
import { describeRange, trimRange } from './anchoring/text-position';
import { extractHashtags, hasTag, mergeTags } from '../../../shared/hashtags';
import { findArticleNotes, getArticleNote } from './article-notes';
import { allArticleTags, getArticleTags } from './article-tags';
import {
  deleteHighlightRow,
  findHighlights,
  getHighlight,
  insertHighlight,
  listHighlights,
  setHighlightColor,
  setHighlightNote,
  setHighlightTarget,
  setHighlightTags,
  type HighlightFilter,
} from './highlights';

export function articleText(db: Database, articleId: number): string {
  return blocksToText(getArticle(db, articleId).blocks);
}

export function listArticleAnnotations(db: Database, articleId: number): ArticleAnnotations {
  const text = articleText(db, articleId);
  const highlights = listHighlights(db, articleId).map((h) => ({ ...h, anchor: anchorHighlight(text, h) }));
  const orphan = (h: AnchoredHighlight) => (h.anchor.status === 'orphaned' ? 1 : 0);
  highlights.sort((a, b) => orphan(a) - orphan(b) || a.anchor.start - b.anchor.start || a.id - b.id);
  return { articleId, highlights, articleNote: getArticleNote(db, articleId), articleTags: getArticleTags(db, articleId) };
}

export interface CreateHighlightInput {
  articleId: number;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
  tags?: string[];
}

export function createHighlight(db: Database, input: CreateHighlightInput): AnchoredHighlight {
  return db.transaction(() => {
    const text = articleText(db, input.articleId);
    if (input.end > text.length) {
      throw new ParallaxError('INVALID_INPUT', `The selection ends past the end of the article (${input.end} > ${text.length}).`);
    }
    const range = trimRange(text, input.start, input.end);
    if (!range) throw new ParallaxError('INVALID_INPUT', 'The selection holds no text to highlight.');
    const id = insertHighlight(db, { articleId: input.articleId, color: input.color, ...describeRange(text, range) });
    if (input.note?.trim()) setHighlightNote(db, id, input.articleId, input.note);
    if (input.tags?.length) setHighlightTags(db, id, input.tags);
    return anchored(text, getHighlight(db, id));
  })();
}

export interface UpdateHighlightInput {
  id: number;
  color?: HighlightColor;
  note?: string | null;
  tags?: string[];
}

export function updateHighlight(db: Database, input: UpdateHighlightInput): AnchoredHighlight {
  return db.transaction(() => {
    const current = getHighlight(db, input.id);
    if (input.color && input.color !== current.color) setHighlightColor(db, input.id, input.color);
    if (input.note !== undefined) setHighlightNote(db, input.id, current.articleId, input.note);
    if (input.tags) setHighlightTags(db, input.id, input.tags);
    return anchored(articleText(db, current.articleId), getHighlight(db, input.id));
  })();
}

/** Repairs a highlight by hand: it now marks this passage of the current text (note, colour and tags kept). */
export function reanchorHighlight(db: Database, input: { id: number; start: number; end: number }): AnchoredHighlight {
  return db.transaction(() => {
    const current = getHighlight(db, input.id);
    const text = articleText(db, current.articleId);
    if (input.end > text.length) {
      throw new ParallaxError('INVALID_INPUT', `The selection ends past the end of the article (${input.end} > ${text.length}).`);
    }
    const range = trimRange(text, input.start, input.end);
    if (!range) throw new ParallaxError('INVALID_INPUT', 'The selection holds no text to attach the highlight to.');
    setHighlightTarget(db, input.id, describeRange(text, range));
    return anchored(text, getHighlight(db, input.id));
  })();
}

/** Returns what was deleted, so the UI can undo by creating it again. */
export function deleteHighlight(db: Database, id: number): Highlight {
  return db.transaction(() => {
    const highlight = getHighlight(db, id);
    deleteHighlightRow(db, id);
    return highlight;
  })();
}

export function overviewAnnotations(db: Database, filter: HighlightFilter): AnnotationOverview {
  const ref = (id: number, title: string | null, outlet: string | null) => ({ id, title, outlet });
  // The SQL narrows by tag with a substring of the note; the parsed hashtags decide.
  const tagged = (tags: string[]) => !filter.tag || hasTag(tags, filter.tag.replace(/^#+/, ''));
  const highlights = findHighlights(db, filter)
    .map(({ articleTitle, articleOutlet, ...h }) => ({
      ...h,
      article: ref(h.articleId, articleTitle, articleOutlet),
      allTags: mergeTags(h.tags, extractHashtags(h.note)),
    }))
    .filter((h) => tagged(h.allTags));
  // Article notes have no colour; a colour filter asks for highlights only.
  const articleTags = filter.color ? new Map<number, string[]>() : allArticleTags(db);
  const articleNotes = filter.color
    ? []
    : findArticleNotes(db, filter)
        .map(({ articleTitle, articleOutlet, ...n }) => ({
          ...n,
          article: ref(n.articleId, articleTitle, articleOutlet),
          allTags: mergeTags(articleTags.get(n.articleId) ?? [], extractHashtags(n.body)),
        }))
        .filter((n) => tagged(n.allTags));
  return { highlights, articleNotes };
}

function anchored(text: string, highlight: Highlight): AnchoredHighlight {
  return { ...highlight, anchor: anchorHighlight(text, highlight) };
}
