// Search: the contract's types for searching, suggestions as you type and saved searches.
// The result types themselves (SearchResult, SearchHit) live in domain.ts.
import { z } from 'zod';
import { ArticleId, SearchResult } from './domain';

export const SearchSort = z.enum(['relevance', 'date']);
export type SearchSort = z.infer<typeof SearchSort>;

/** One completion for what is being typed: an article title, a person (author) or an outlet. */
export const Suggestion = z.object({
  kind: z.enum(['title', 'person', 'outlet']),
  text: z.string(),
  /** For titles: the article. */
  articleId: ArticleId.optional(),
  /** For people and outlets: how many articles carry the name. */
  articleCount: z.number().int().nonnegative().optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const SuggestResult = z.object({ prefix: z.string(), suggestions: z.array(Suggestion) });
export type SuggestResult = z.infer<typeof SuggestResult>;

export const SavedSearchId = z.number().int().positive();

/** A saved query, evaluated when read: new imports that match are counted automatically. */
export const SavedSearch = z.object({
  id: SavedSearchId,
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
  hitCount: z.number().int().nonnegative(),
  /** True when hitCount stopped at the counting cap. */
  hitCountCapped: z.boolean().optional(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const searchInputs = {
  search: z
    .object({
      query: z.string().max(1000),
      limit: z.number().int().min(1).max(200).optional(),
      sort: SearchSort.optional(),
    })
    .strict(),
  suggest: z.object({ prefix: z.string().max(200), limit: z.number().int().min(1).max(50).optional() }).strict(),
  saveSearch: z.object({ name: z.string().trim().min(1).max(200), query: z.string().trim().min(1).max(1000) }).strict(),
  listSavedSearches: z.object({}).strict(),
  deleteSavedSearch: z.object({ id: SavedSearchId }).strict(),
} as const;

export const searchOutputs = {
  search: SearchResult,
  suggest: SuggestResult,
  saveSearch: SavedSearch,
  listSavedSearches: z.array(SavedSearch),
  deleteSavedSearch: z.object({ deleted: SavedSearchId }),
} as const;
