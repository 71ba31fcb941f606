// The result of comparing 2..20 open articles: what all outlets report, what only one says, who is
// quoted by whom, which figures and dates differ. Every finding points back into the articles.
/*
 * Comparison JSON (`compareArticles({ ids })`, `parallax compare <id> <id>… --json`)
 *
 * Passage   { articleId, blockIndex, start, end, text }
 *           start/end: character offsets into the article's canonical text (blocks' text joined
 *           by "\n\n"); text === canonical.slice(start, end). blockIndex: the block it lies in.
 *
 * {
 *   articles: [{ id, title, outlet, publishedAt, sentenceCount }],          // in the order asked
 *   sharedClaims: [{                                                       // strongest first
 *     id: "claim-1", strength: 0..1, articleIds: [1, 3],
 *     wordings: [Passage, …]                                              // one per article, by article order
 *   }],
 *   uniqueStatements: [{ articleId, statements: [Passage, …] }],           // substantive, in text order
 *   quotes: [{                                                             // quote clusters, most sources first
 *     id: "quote-1", speaker: "Jude Blanchette" | null, articleIds: [5], verbatim: true,
 *     instances: [{ articleId, speaker, cue: "said" | "colon" | "dash" | "pronoun" | "continuation" | …,
 *                   text, passage: Passage,
 *                   diff: [{ op: "same" | "added" | "removed", text }] }] // vs the first instance
 *   }],
 *   entities: [{                                                           // most sources first
 *     id: "person:xi-jinping", name: "Xi Jinping", kind: "person" | "organization" | "place",
 *     aliases: ["President Xi Jinping", "Xi"], articleCount,
 *     mentions: [{ articleId, count, passages: [Passage, …] }]            // one row per article
 *   }],
 *   figures: [{ articleId, kind, measure, value, unit, raw, passage }],    // every figure found
 *   figureDiscrepancies: [{
 *     id: "figure-1", kind: "ordinal" | "count" | "money" | "percent" | "distance" | "duration",
 *     measure: "meeting", unit,
 *     values: [{ value, raw, articleIds, passages: [Passage, …] }]        // ≥ 2 distinct values
 *   }],
 *   timeline: [{                                                           // ordered by date
 *     date: "2021-12-15" | "2022-02" | "2013" | "--12-15" | "--03" (year unknown),
 *     precision: "day" | "month" | "year", articleIds, passages: [Passage, …]
 *   }],
 *   coverage: [{ articleId, sentences, shared, unique, quoted,
 *                sharedShare, uniqueShare, quotedShare }]                 // shares 0..1
 * }
 */
import { z } from 'zod';
import { ArticleId } from './domain';
import { ApiError } from './errors';

export const Passage = z.object({
  articleId: ArticleId,
  blockIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Passage = z.infer<typeof Passage>;

export const ComparedArticle = z.object({
  id: ArticleId,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  sentenceCount: z.number().int().nonnegative(),
});
export type ComparedArticle = z.infer<typeof ComparedArticle>;

export const SharedClaim = z.object({
  id: z.string(),
  strength: z.number().min(0).max(1),
  articleIds: z.array(ArticleId),
  wordings: z.array(Passage),
});
export type SharedClaim = z.infer<typeof SharedClaim>;

export const UniqueStatements = z.object({
  articleId: ArticleId,
  statements: z.array(Passage),
});
export type UniqueStatements = z.infer<typeof UniqueStatements>;

export const DiffToken = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type DiffToken = z.infer<typeof DiffToken>;

export const QuoteCue = z.enum(['said', 'according-to', 'colon', 'dash', 'verb', 'pronoun', 'continuation', 'none']);
export type QuoteCue = z.infer<typeof QuoteCue>;

export const QuoteInstance = z.object({
  articleId: ArticleId,
  speaker: z.string().nullable(),
  cue: QuoteCue,
  /** The quoted words without the quotation marks. */
  text: z.string(),
  passage: Passage,
  /** Word-level differences from the cluster's first instance (empty for the first). */
  diff: z.array(DiffToken),
});
export type QuoteInstance = z.infer<typeof QuoteInstance>;

export const QuoteCluster = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  articleIds: z.array(ArticleId),
  verbatim: z.boolean(),
  instances: z.array(QuoteInstance),
});
export type QuoteCluster = z.infer<typeof QuoteCluster>;

export const EntityKind = z.enum(['person', 'organization', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityMentions = z.object({
  articleId: ArticleId,
  count: z.number().int().nonnegative(),
  passages: z.array(Passage),
});
export type EntityMentions = z.infer<typeof EntityMentions>;

export const Entity = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()),
  articleCount: z.number().int().nonnegative(),
  mentions: z.array(EntityMentions),
});
export type Entity = z.infer<typeof Entity>;

export const FigureKind = z.enum(['ordinal', 'count', 'money', 'percent', 'distance', 'duration']);
export type FigureKind = z.infer<typeof FigureKind>;

export const Figure = z.object({
  articleId: ArticleId,
  kind: FigureKind,
  /** What the number measures, as a normalised head word ("meeting", "economy", "border"). */
  measure: z.string(),
  /** Normalised value: money in units of its currency, distances in km, durations in years. */
  value: z.number(),
  unit: z.string().nullable(),
  raw: z.string(),
  passage: Passage,
});
export type Figure = z.infer<typeof Figure>;

export const FigureDiscrepancy = z.object({
  id: z.string(),
  kind: FigureKind,
  measure: z.string(),
  unit: z.string().nullable(),
  values: z.array(
    z.object({
      value: z.number(),
      raw: z.string(),
      articleIds: z.array(ArticleId),
      passages: z.array(Passage),
    }),
  ),
});
export type FigureDiscrepancy = z.infer<typeof FigureDiscrepancy>;

export const TimelineEvent = z.object({
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY", or "--MM-DD" / "--MM" when the year is unknown. */
  date: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  articleIds: z.array(ArticleId),
  passages: z.array(Passage),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const ArticleCoverage = z.object({
  articleId: ArticleId,
  sentences: z.number().int().nonnegative(),
  shared: z.number().int().nonnegative(),
  unique: z.number().int().nonnegative(),
  quoted: z.number().int().nonnegative(),
  sharedShare: z.number().min(0).max(1),
  uniqueShare: z.number().min(0).max(1),
  quotedShare: z.number().min(0).max(1),
});
export type ArticleCoverage = z.infer<typeof ArticleCoverage>;

export const Comparison = z.object({
  articles: z.array(ComparedArticle),
  sharedClaims: z.array(SharedClaim),
  uniqueStatements: z.array(UniqueStatements),
  quotes: z.array(QuoteCluster),
  entities: z.array(Entity),
  figures: z.array(Figure),
  figureDiscrepancies: z.array(FigureDiscrepancy),
  timeline: z.array(TimelineEvent),
  coverage: z.array(ArticleCoverage),
});
export type Comparison = z.infer<typeof Comparison>;

export const CompareInput = z
  .object({
    ids: z
      .array(ArticleId)
      .min(2, 'compare at least 2 articles')
      .max(20, 'compare at most 20 articles')
      .refine((ids) => new Set(ids).size === ids.length, 'each article once'),
  })
  .strict();
export type CompareInput = z.infer<typeof CompareInput>;

/*
 * Comparison jobs: the UI starts a comparison (`startComparison`), then polls `getComparisonJob`;
 * the core computes in a worker thread and each section appears in `comparison` as soon as it is
 * ready (`articles` first, then figures, shared claims, unique statements, timeline, entities,
 * quotes, coverage). `known` lists sections the caller already holds, so they are not sent again.
 */
export const ComparisonSection = z.enum([
  'articles',
  'sharedClaims',
  'uniqueStatements',
  'quotes',
  'entities',
  'figures',
  'figureDiscrepancies',
  'timeline',
  'coverage',
]);
export type ComparisonSection = z.infer<typeof ComparisonSection>;

export const ComparisonJobId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'not a comparison job id');
export type ComparisonJobId = z.infer<typeof ComparisonJobId>;

export const ComparisonJob = z.object({
  jobId: ComparisonJobId,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** The sections ready so far, minus those named in the request's `known`. */
  comparison: Comparison.partial(),
  /** Every section ready so far, in the order they were computed. */
  ready: z.array(ComparisonSection),
  /** How many sections a finished comparison has. */
  total: z.number().int().positive(),
  /** Why a `failed` job stopped. */
  error: ApiError.optional(),
});
export type ComparisonJob = z.infer<typeof ComparisonJob>;

const ComparisonJobRef = z.object({ jobId: ComparisonJobId }).strict();

/** The comparison part of the API contract, spread into `apiInputs` / `apiOutputs`. */
export const compareInputs = {
  compareArticles: CompareInput,
  startComparison: CompareInput,
  getComparisonJob: ComparisonJobRef.extend({ known: z.array(ComparisonSection).max(ComparisonSection.options.length).optional() }).strict(),
  cancelComparison: ComparisonJobRef,
} as const;
export const compareOutputs = {
  compareArticles: Comparison,
  startComparison: z.object({ jobId: ComparisonJobId }),
  getComparisonJob: ComparisonJob,
  cancelComparison: ComparisonJob,
} as const;
