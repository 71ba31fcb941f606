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
});
export type ArticleAnnotations = z.infer<typeof ArticleAnnotations>;

const ArticleRef = z.object({ id: ArticleId, title: z.string().nullable(), outlet: z.string().nullable() });

export const AnnotationOverview = z.object({
  highlights: z.array(Highlight.extend({ article: ArticleRef })),
  articleNotes: z.array(ArticleNote.extend({ article: ArticleRef })),
});
export type AnnotationOverview = z.infer<typeof AnnotationOverview>;

export const AnnotationsExport = z.object({ fileName: z.string(), markdown: z.string() });
export type AnnotationsExport = z.infer<typeof AnnotationsExport>;

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
  saveArticleNote: z.object({ articleId: ArticleId, body: NoteBody }).strict(),
  listAllAnnotations: z
    .object({ query: z.string().max(500).optional(), color: HighlightColor.optional(), articleId: ArticleId.optional() })
    .strict(),
  exportAnnotations: z.object({ articleId: ArticleId }).strict(),
} as const;

export const annotationOutputs = {
  listAnnotations: ArticleAnnotations,
  createHighlight: AnchoredHighlight,
  updateHighlight: AnchoredHighlight,
  deleteHighlight: Highlight,
  saveArticleNote: ArticleNote.nullable(),
  listAllAnnotations: AnnotationOverview,
  exportAnnotations: AnnotationsExport,
} as const;
