// Highlights and notes: the contract's types for annotating an article. Targets are stored as
// W3C Web Annotation selectors (TextQuoteSelector + TextPositionSelector) on the canonical text.
import { z } from 'zod';
import { ArticleId } from './domain';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export const HighlightColor = z.enum(HIGHLIGHT_COLORS);
export type HighlightColor = z.infer<typeof HighlightColor>;

export const HighlightId = z.number().int().positive();
export type HighlightId = z.infer<typeof HighlightId>;

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export const TextQuoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelector>;

/** https://www.w3.org/TR/annotation-model/#text-position-selector — offsets into the canonical text. */
export const TextPositionSelector = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelector>;

/** Where a stored highlight lands in the article's current text. Orphans are kept, never dropped. */
export const AnchorStatus = z.enum(['exact', 'approximate', 'orphaned']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const Anchor = z.object({
  status: AnchorStatus,
  /** Offsets in the current canonical text; for an orphan, the stored position (clamped), not to be shown. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Anchor = z.infer<typeof Anchor>;

export const Tag = z.string().trim().min(1).max(60);

export const Highlight = z.object({
  id: HighlightId,
  articleId: ArticleId,
  color: HighlightColor,
  quote: TextQuoteSelector,
  position: TextPositionSelector,
  /** The highlight's note in Markdown, or null when it has none. */
  note: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Highlight = z.infer<typeof Highlight>;

export const AnchoredHighlight = Highlight.extend({ anchor: Anchor });
export type AnchoredHighlight = z.infer<typeof AnchoredHighlight>;

/** The note about a whole article (Markdown). */
export const ArticleNote = z.object({
  id: z.number().int().positive(),
  articleId: ArticleId,
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ArticleNote = z.infer<typeof ArticleNote>;

export const ArticleAnnotations = z.object({
  articleId: ArticleId,
  /** In reading order of their anchors; orphans last. */
  highlights: z.array(AnchoredHighlight),
  articleNote: ArticleNote.nullable(),
  /** Tags given to the whole article (the note's `#tags` are not included). */
  articleTags: z.array(z.string()),
});
export type ArticleAnnotations = z.infer<typeof ArticleAnnotations>;

const ArticleRef = z.object({ id: ArticleId, title: z.string().nullable(), outlet: z.string().nullable() });

/** `allTags`: explicit tags and the note's `#tags` together, for chips and filtering. */
export const OverviewHighlight = Highlight.extend({ article: ArticleRef, allTags: z.array(z.string()) });
export type OverviewHighlight = z.infer<typeof OverviewHighlight>;
export const OverviewArticleNote = ArticleNote.extend({ article: ArticleRef, allTags: z.array(z.string()) });
export type OverviewArticleNote = z.infer<typeof OverviewArticleNote>;

export const AnnotationOverview = z.object({
  highlights: z.array(OverviewHighlight),
  articleNotes: z.array(OverviewArticleNote),
});
export type AnnotationOverview = z.infer<typeof AnnotationOverview>;

export const AnnotationsExport = z.object({ fileName: z.string(), markdown: z.string() });
export type AnnotationsExport = z.infer<typeof AnnotationsExport>;

/** A tag and how many highlights and article notes carry it (explicitly or as a note `#tag`). */
export const TagCount = z.object({ tag: z.string(), count: z.number().int().nonnegative() });
export type TagCount = z.infer<typeof TagCount>;

/** W3C Web Annotation JSON-LD (an AnnotationCollection), as text ready to save. */
export const AnnotationsJsonLd = z.object({ fileName: z.string(), json: z.string(), count: z.number().int().nonnegative() });
export type AnnotationsJsonLd = z.infer<typeof AnnotationsJsonLd>;

export const JsonLdImportReport = z.object({
  /** Highlights added. */
  highlights: z.number().int().nonnegative(),
  /** Of those, how many no longer anchor in their article's text (kept as orphans). */
  orphaned: z.number().int().nonnegative(),
  /** Highlights already in the library (tags and a missing note merged in). */
  alreadyPresent: z.number().int().nonnegative(),
  articleNotes: z.number().int().nonnegative(),
  /** Annotations whose article is not in this library (nothing to attach them to). */
  unmatched: z.number().int().nonnegative(),
  /** Items that are not Web Annotations Parallax can read. */
  invalid: z.number().int().nonnegative(),
});
export type JsonLdImportReport = z.infer<typeof JsonLdImportReport>;

/**
 * A note made on another article of the same story, whose highlighted passage says what a
 * sentence of this article says: shown beside that sentence, marked as coming from elsewhere.
 */
export const StoryNote = z.object({
  highlightId: HighlightId,
  color: HighlightColor,
  note: z.string(),
  /** The highlighted passage in the source article, as it reads there now. */
  quote: z.string(),
  source: ArticleRef.extend({ publishedAt: z.string().nullable() }),
  /** The matching sentence(s) in this article, offsets in its canonical text. */
  passage: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }),
  /** Sentence similarity of the two passages, 0..1. */
  score: z.number().min(0).max(1),
});
export type StoryNote = z.infer<typeof StoryNote>;

const NoteBody = z.string().max(100_000);

/** Input schemas of the annotation methods (merged into `apiInputs`). */
export const annotationInputs = {
  listAnnotations: z.object({ articleId: ArticleId }).strict(),
  createHighlight: z
    .object({
      articleId: ArticleId,
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      color: HighlightColor,
      note: NoteBody.optional(),
      tags: z.array(Tag).max(30).optional(),
    })
    .strict()
    .refine((v) => v.start < v.end, { message: 'start must be before end', path: ['end'] }),
  updateHighlight: z
    .object({ id: HighlightId, color: HighlightColor.optional(), note: NoteBody.nullable().optional(), tags: z.array(Tag).max(30).optional() })
    .strict(),
  deleteHighlight: z.object({ id: HighlightId }).strict(),
  /** Repair: the highlight now marks this passage of the article's current text. */
  reanchorHighlight: z
    .object({ id: HighlightId, start: z.number().int().nonnegative(), end: z.number().int().positive() })
    .strict()
    .refine((v) => v.start < v.end, { message: 'start must be before end', path: ['end'] }),
  listStoryNotes: z.object({ articleId: ArticleId }).strict(),
  saveArticleNote: z.object({ articleId: ArticleId, body: NoteBody }).strict(),
  listAllAnnotations: z
    .object({
      query: z.string().max(500).optional(),
      color: HighlightColor.optional(),
      articleId: ArticleId.optional(),
      tag: Tag.optional(),
      outlet: z.string().max(300).optional(),
    })
    .strict(),
  exportAnnotations: z.object({ articleId: ArticleId }).strict(),
  listTags: z.object({}).strict(),
  setArticleTags: z.object({ articleId: ArticleId, tags: z.array(Tag).max(30) }).strict(),
  exportAnnotationsJsonLd: z.object({ articleId: ArticleId.optional() }).strict(),
  importAnnotationsJsonLd: z.object({ json: z.string().min(2).max(50 * 1024 * 1024) }).strict(),
} as const;

export const annotationOutputs = {
  listAnnotations: ArticleAnnotations,
  createHighlight: AnchoredHighlight,
  updateHighlight: AnchoredHighlight,
  deleteHighlight: Highlight,
  reanchorHighlight: AnchoredHighlight,
  listStoryNotes: z.array(StoryNote),
  saveArticleNote: ArticleNote.nullable(),
  listAllAnnotations: AnnotationOverview,
  exportAnnotations: AnnotationsExport,
  listTags: z.array(TagCount),
  setArticleTags: z.object({ articleId: ArticleId, tags: z.array(z.string()) }),
  exportAnnotationsJsonLd: AnnotationsJsonLd,
  importAnnotationsJsonLd: JsonLdImportReport,
} as const;
