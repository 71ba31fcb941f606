// Article versions: a changed copy of an article imported again (a silent edit: a changed figure,
// a removed paragraph) is kept as a new version; the article shows the newest, and any two
// versions can be compared paragraph by paragraph and word by word.
/*
 * `articleVersions({ id })`, `parallax versions <id> --json`:
 * { id, current: 2, versions: [{ version: 1, current: false, title, wordCount, sourceName, importedAt }, …] }  // oldest first
 *
 * `versionDiff({ id, from, to })`, `parallax versions <id> --diff --json` (from: the previous version, to: the current):
 * {
 *   id, from, to,
 *   stats: { paragraphsAdded, paragraphsRemoved, paragraphsChanged, wordsAdded, wordsRemoved },
 *   paragraphs: [{
 *     op: "same" | "added" | "removed" | "changed",
 *     text,                                   // the paragraph in `to` (in `from` when removed)
 *     tokens?: [{ op: "same" | "added" | "removed", text }]   // word level, for "changed"
 *   }]
 * }
 */
import { z } from 'zod';
import { ArticleId } from './domain';

export const VersionNumber = z.number().int().positive();

export const ArticleVersion = z.object({
  version: VersionNumber,
  /** The version the article shows now (the newest). */
  current: z.boolean(),
  title: z.string().nullable(),
  wordCount: z.number().int().nonnegative(),
  /** The file this version was imported from. */
  sourceName: z.string(),
  importedAt: z.string(),
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const ArticleVersions = z.object({ id: ArticleId, current: VersionNumber, versions: z.array(ArticleVersion) });
export type ArticleVersions = z.infer<typeof ArticleVersions>;

export const VersionDiffToken = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export type VersionDiffToken = z.infer<typeof VersionDiffToken>;

export const ParagraphDiff = z.object({
  op: z.enum(['same', 'added', 'removed', 'changed']),
  text: z.string(),
  tokens: z.array(VersionDiffToken).optional(),
});
export type ParagraphDiff = z.infer<typeof ParagraphDiff>;

export const VersionDiff = z.object({
  id: ArticleId,
  from: VersionNumber,
  to: VersionNumber,
  stats: z.object({
    paragraphsAdded: z.number().int().nonnegative(),
    paragraphsRemoved: z.number().int().nonnegative(),
    paragraphsChanged: z.number().int().nonnegative(),
    wordsAdded: z.number().int().nonnegative(),
    wordsRemoved: z.number().int().nonnegative(),
  }),
  paragraphs: z.array(ParagraphDiff),
});
export type VersionDiff = z.infer<typeof VersionDiff>;

export const versionInputs = {
  articleVersions: z.object({ id: ArticleId }).strict(),
  /** Without from/to: the previous version against the current one. */
  versionDiff: z.object({ id: ArticleId, from: VersionNumber.optional(), to: VersionNumber.optional() }).strict(),
} as const;

export const versionOutputs = {
  articleVersions: ArticleVersions,
  versionDiff: VersionDiff,
} as const;
