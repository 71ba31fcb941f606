// Domain types shared by the core, the transports and the renderer.
// Zod schemas are the source of truth; TypeScript types are derived from them.
import { z } from 'zod';

export const ArticleId = z.number().int().positive();
export type ArticleId = z.infer<typeof ArticleId>;

/** Inline formatting inside a block, as character offsets into `Block.text`. Links are inert data. */
export const InlineSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['em', 'strong', 'link']),
  href: z.string().optional(),
});
export type InlineSpan = z.infer<typeof InlineSpan>;

/**
 * One block of sanitised article structure. The article's canonical plain text is the blocks'
 * `text` joined by "\n\n"; highlights and search offsets refer to that text.
 */
export const Block = z.object({
  /**
   * `image`: a picture of the source, shown as a placeholder with its description (`text` = the
   * alt text). Its address is never kept, so reading can never fetch it.
   */
  type: z.enum(['paragraph', 'heading', 'quote', 'list-item', 'image']),
  text: z.string(),
  /** Heading level 2..4 (the article title is level 1 and is not a block). */
  level: z.number().int().min(2).max(4).optional(),
  /** For list items: numbered list. */
  ordered: z.boolean().optional(),
  spans: z.array(InlineSpan).optional(),
});
export type Block = z.infer<typeof Block>;

export const SourceFormat = z.enum(['txt', 'md', 'html', 'mhtml', 'pdf']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** Metadata a user can see and edit. `null` means unknown: never guessed from nothing. */
export const ArticleMetadata = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  outlet: z.string().nullable(),
  /** ISO 8601 date (YYYY-MM-DD) or date-time. */
  publishedAt: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
});
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const ArticleSummary = ArticleMetadata.extend({
  id: ArticleId,
  wordCount: z.number().int().nonnegative(),
  sourceName: z.string(),
  sourceFormat: SourceFormat,
  importedAt: z.string(),
  /** How far the reader got (shared/reading.ts); absent for an article never opened. */
  readingStatus: z.enum(['unread', 'reading', 'done']).optional(),
  /** Furthest point read, 0..1 of the article's scroll height. */
  readingProgress: z.number().min(0).max(1).optional(),
  /** Where the reader last was, 0..1, to scroll back to on opening. */
  readingPosition: z.number().min(0).max(1).optional(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  /** Short deck/standfirst under the title, when the source has one. */
  subtitle: z.string().nullable(),
  blocks: z.array(Block),
  /** Metadata fields the user edited; re-cleaning never overwrites them. */
  editedFields: z.array(z.string()),
});
export type Article = z.infer<typeof Article>;

export const MetadataPatch = z
  .object({
    title: z.string().trim().min(1).max(500).nullable(),
    authors: z.array(z.string().trim().min(1).max(200)).max(20),
    outlet: z.string().trim().min(1).max(200).nullable(),
    publishedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'use a date like 2022-02-04')
      .nullable(),
    url: z.string().url().max(2000).refine((u) => /^https?:/i.test(u), 'only http(s) URLs').nullable(),
  })
  .partial()
  .strict();
export type MetadataPatch = z.infer<typeof MetadataPatch>;

export const SearchHit = z.object({
  id: ArticleId,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  publishedAt: z.string().nullable(),
  score: z.number(),
  /** Snippet text with matches wrapped in \u0002 … \u0003 markers (render as <mark>). */
  snippet: z.string(),
  /** Which fields matched: 'title' | 'authors' | 'outlet' | 'body'. */
  matchedIn: z.array(z.string()),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  query: z.string(),
  total: z.number().int().nonnegative(),
  hits: z.array(SearchHit),
  /** True when counting stopped early: `total` is then a lower bound ("10,000+"). */
  totalCapped: z.boolean().optional(),
  /** Messages for the person: corrections applied, filters ignored or malformed. */
  notices: z.array(z.string()).optional(),
  /** Words replaced (or joined) by the closest indexed word: "Kremiln" → "kremlin". */
  corrections: z.array(z.object({ from: z.string(), to: z.string(), alsoOriginal: z.boolean().optional() })).optional(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const ImportStatus = z.enum(['imported', 'duplicate', 'rejected', 'near-duplicate']);
export const ImportItem = z.object({
  file: z.string(),
  status: ImportStatus,
  id: ArticleId.optional(),
  title: z.string().nullable().optional(),
  /** For rejected files: error code and human reason. For (near-)duplicates: the existing article. */
  code: z.string().optional(),
  reason: z.string().optional(),
});
export type ImportItem = z.infer<typeof ImportItem>;

export const ImportReport = z.object({
  results: z.array(ImportItem),
  imported: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  /** Files whose text is almost that of an article already stored, awaiting "Keep both / Skip". */
  nearDuplicates: z.number().int().optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const LibraryInfo = z.object({
  path: z.string(),
  articleCount: z.number().int(),
  schemaVersion: z.number().int(),
  appVersion: z.string(),
});
export type LibraryInfo = z.infer<typeof LibraryInfo>;
