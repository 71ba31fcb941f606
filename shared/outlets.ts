// Outlets as first-class things: their facts (only what the articles show is filled in; the rest is
// the person's), label schemes the person defines, story coverage by a label, and reading balance.
/*
 * Outlets JSON (`listOutlets({})`, `parallax outlets --json`)
 *
 * {
 *   outlets: [{
 *     id, name,                                              // name: as the articles give it, or their web domain
 *     domains: ["example.com"],                              // from the articles' URLs, or set by the person
 *     country: string | null, language: string | null,       // language: the first one its articles show
 *     ownership: string | null,                              // only ever set by the person
 *     articleCount,
 *     labels: [{ schemeId, value: "left" | 4.5 }]            // one per scheme at most
 *   }],
 *   schemes: [{
 *     id, name,                                              // "My leaning", "Rater X score"
 *     kind: "category" | "score",
 *     values: ["left", "centre", "right"],                   // category: the allowed values, in order; score: []
 *     rater: string | null,                                  // who gave the ratings, when not the person
 *     min: number | null, max: number | null                 // score: the scale
 *   }]
 * }
 *
 * Story coverage (`storyCoverage({ schemeId })`): for each story, its outlets grouped by their value
 * of the label (or by outlet when schemeId is null), with articles and independent reports (copies
 * of one report counted once). `blindSpot`: every outlet that covered the story carries the same
 * value (unlabelled outlets count as not known, so a story with one is never a blind spot).
 */
import { z } from 'zod';
import { StoryId } from './stories';

export const OutletId = z.number().int().positive();
export type OutletId = z.infer<typeof OutletId>;
export const LabelSchemeId = z.number().int().positive();
export type LabelSchemeId = z.infer<typeof LabelSchemeId>;

export const LabelValue = z.union([z.string().trim().min(1).max(80), z.number().finite()]);
export type LabelValue = z.infer<typeof LabelValue>;

export const OutletLabel = z.object({ schemeId: LabelSchemeId, value: LabelValue });
export type OutletLabel = z.infer<typeof OutletLabel>;

export const Outlet = z.object({
  id: OutletId,
  name: z.string(),
  domains: z.array(z.string()),
  country: z.string().nullable(),
  language: z.string().nullable(),
  ownership: z.string().nullable(),
  articleCount: z.number().int().nonnegative(),
  labels: z.array(OutletLabel),
});
export type Outlet = z.infer<typeof Outlet>;

export const LabelScheme = z.object({
  id: LabelSchemeId,
  name: z.string(),
  kind: z.enum(['category', 'score']),
  values: z.array(z.string()),
  rater: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
});
export type LabelScheme = z.infer<typeof LabelScheme>;

export const OutletsOverview = z.object({ outlets: z.array(Outlet), schemes: z.array(LabelScheme) });
export type OutletsOverview = z.infer<typeof OutletsOverview>;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'use a domain like example.com');

export const OutletPatch = z
  .object({
    name: Text(200),
    domains: z.array(Domain).max(50),
    country: Text(100).nullable(),
    language: Text(35).nullable(),
    ownership: Text(500).nullable(),
  })
  .partial()
  .strict();
export type OutletPatch = z.infer<typeof OutletPatch>;

export const LabelSchemeInput = z
  .object({
    id: LabelSchemeId.optional(),
    name: Text(80),
    kind: z.enum(['category', 'score']),
    values: z.array(Text(80)).max(20).optional(),
    rater: Text(120).nullable().optional(),
    min: z.number().finite().nullable().optional(),
    max: z.number().finite().nullable().optional(),
  })
  .strict();
export type LabelSchemeInput = z.infer<typeof LabelSchemeInput>;

/** One bar segment: the outlets of a story that share a label value (or one outlet). */
export const CoverageSegment = z.object({
  /** The label value, the outlet's name when grouping by outlet, or null: not labelled / unknown outlet. */
  value: z.string().nullable(),
  outlets: z.array(z.string()),
  articleCount: z.number().int().nonnegative(),
  /** Reports of their own: copies (reprints) of another article are not counted. */
  independentCount: z.number().int().nonnegative(),
});
export type CoverageSegment = z.infer<typeof CoverageSegment>;

export const StoryCoverage = z.object({
  storyId: StoryId,
  outletCount: z.number().int().nonnegative(),
  segments: z.array(CoverageSegment),
  blindSpot: z.boolean(),
});
export type StoryCoverage = z.infer<typeof StoryCoverage>;

export const CoverageResult = z.object({
  schemeId: LabelSchemeId.nullable(),
  /** The values a segment can take, in the scheme's order (score schemes: three ranges). */
  values: z.array(z.string()),
  stories: z.array(StoryCoverage),
});
export type CoverageResult = z.infer<typeof CoverageResult>;

export const BalanceCounts = z.object({
  /** Articles opened (any reading progress) or marked done. */
  read: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
});
export type BalanceCounts = z.infer<typeof BalanceCounts>;

export const ReadingBalance = z.object({
  period: z.enum(['week', 'month']),
  schemeId: LabelSchemeId.nullable(),
  totals: BalanceCounts,
  byOutlet: z.array(BalanceCounts.extend({ outletId: OutletId.nullable(), name: z.string() })),
  byLabel: z.array(BalanceCounts.extend({ value: z.string().nullable() })),
  /** Oldest first, every period from the first activity to now (at most 26 weeks or 24 months). */
  overTime: z.array(BalanceCounts.extend({ period: z.string() })),
});
export type ReadingBalance = z.infer<typeof ReadingBalance>;

export const outletInputs = {
  listOutlets: z.object({}).strict(),
  updateOutlet: z.object({ id: OutletId, patch: OutletPatch }).strict(),
  saveLabelScheme: LabelSchemeInput,
  deleteLabelScheme: z.object({ id: LabelSchemeId }).strict(),
  setOutletLabel: z.object({ outletId: OutletId, schemeId: LabelSchemeId, value: LabelValue.nullable() }).strict(),
  storyCoverage: z.object({ schemeId: LabelSchemeId.nullable() }).strict(),
  readingBalance: z.object({ period: z.enum(['week', 'month']), schemeId: LabelSchemeId.nullable() }).strict(),
} as const;

export const outletOutputs = {
  listOutlets: OutletsOverview,
  updateOutlet: Outlet,
  saveLabelScheme: LabelScheme,
  deleteLabelScheme: z.object({ deleted: LabelSchemeId }),
  setOutletLabel: Outlet,
  storyCoverage: CoverageResult,
  readingBalance: ReadingBalance,
} as const;
