// Stories and outlets: coverage related to one article, and the library grouped into stories (one
// real-world event each) with the evidence for each grouping and copies told apart from reports.
/*
 * Related coverage JSON (`relatedArticles({ id, limit })`, `parallax related <id> --json`)
 *
 * {
 *   id: 3,                                                   // the article asked about
 *   related: [{                                              // best first, score > 0
 *     id, title, outlet, publishedAt,                        // publishedAt: ISO date or null
 *     score: 0..1,                                           // combined term, entity and date evidence
 *     reprint: false,                                        // true: a near-identical copy (MinHash ≥ 0.7)
 *     reasons: {
 *       sharedEntities: [{ id: "person:xi-jinping", name: "Xi Jinping", kind: "person" | "organization" | "place" }],
 *       sharedTerms: ["olymp", "beij"],                      // stems, most telling first
 *       sharedDates: ["2022-02", "2022"]                     // YYYY-MM-DD, YYYY-MM or YYYY
 *     }
 *   }]
 * }
 *
 * Stories JSON: `listStories({})` returns an array of StorySummary; `parallax stories --json` prints { stories: StorySummary[] };
 * `getStory({ id })` adds `articles`.
 *
 * StorySummary {
 *   id, title, pinned,
 *   span: { from: "2022-02-04" | null, to: "2022-02-06" | null },
 *   articleCount,                                            // every article in the story
 *   independentCount,                                        // reports, copies of one counted once
 *   reprintCount,                                            // copies (reprints): articleCount − independentCount
 *   outlets: ["Reuters", …],                                 // distinct, sorted
 *   reasons: { people: [name], places: [name], organizations: [name], dates: [date], terms: [word] }   // key terms as written in the articles
 * }
 * Story = StorySummary & { articles: [{ id, title, outlet, publishedAt, manual, reprintOf: id | null }] }
 */
import { z } from 'zod';
import { ArticleId } from './domain';

export const StoryId = z.number().int().positive();
export type StoryId = z.infer<typeof StoryId>;

export const StoryEntity = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['person', 'organization', 'place']),
});
export type StoryEntity = z.infer<typeof StoryEntity>;

export const RelatedReasons = z.object({
  sharedEntities: z.array(StoryEntity),
  sharedTerms: z.array(z.string()),
  sharedDates: z.array(z.string()),
});
export type RelatedReasons = z.infer<typeof RelatedReasons>;

export const RelatedArticle = z.object({
  id: ArticleId,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  score: z.number().min(0).max(1),
  reprint: z.boolean(),
  reasons: RelatedReasons,
});
export type RelatedArticle = z.infer<typeof RelatedArticle>;

export const RelatedResult = z.object({ id: ArticleId, related: z.array(RelatedArticle) });
export type RelatedResult = z.infer<typeof RelatedResult>;

export const StoryReasons = z.object({
  people: z.array(z.string()),
  places: z.array(z.string()),
  organizations: z.array(z.string()),
  dates: z.array(z.string()),
  terms: z.array(z.string()),
});
export type StoryReasons = z.infer<typeof StoryReasons>;

export const StorySummary = z.object({
  id: StoryId,
  title: z.string(),
  pinned: z.boolean(),
  span: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  articleCount: z.number().int().nonnegative(),
  independentCount: z.number().int().nonnegative(),
  /** Copies of another article in the story (wire copy, syndication): articleCount − independentCount. */
  reprintCount: z.number().int().nonnegative(),
  outlets: z.array(z.string()),
  reasons: StoryReasons,
});
export type StorySummary = z.infer<typeof StorySummary>;

export const StoryArticle = z.object({
  id: ArticleId,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** Placed by a person (move, split, merge): re-grouping leaves it where it is. */
  manual: z.boolean(),
  /** The earlier article this one copies, when it is a reprint. */
  reprintOf: ArticleId.nullable(),
});
export type StoryArticle = z.infer<typeof StoryArticle>;

export const Story = StorySummary.extend({ articles: z.array(StoryArticle) });
export type Story = z.infer<typeof Story>;

export const storyInputs = {
  relatedArticles: z.object({ id: ArticleId, limit: z.number().int().min(1).max(100).optional() }).strict(),
  listStories: z.object({ minArticles: z.number().int().min(1).max(1000).optional() }).strict(),
  getStory: z.object({ id: StoryId }).strict(),
  mergeStories: z.object({ into: StoryId, from: z.array(StoryId).min(1).max(100) }).strict(),
  splitStory: z.object({ id: StoryId, articleIds: z.array(ArticleId).min(1).max(1000) }).strict(),
  moveArticle: z.object({ articleId: ArticleId, storyId: StoryId }).strict(),
  pinStory: z.object({ id: StoryId, pinned: z.boolean() }).strict(),
} as const;

export const storyOutputs = {
  relatedArticles: RelatedResult,
  listStories: z.array(StorySummary),
  getStory: Story,
  mergeStories: Story,
  /** The new story holding the articles moved out. */
  splitStory: Story,
  moveArticle: Story,
  pinStory: StorySummary,
} as const;
