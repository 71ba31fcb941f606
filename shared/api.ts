// The one API contract between the UI and the core. Three transports carry it: direct calls
// (CLI, tests), Electron IPC (preload + ipcMain) and HTTP (`parallax serve`).
import { z } from 'zod';
import {
  Article,
  ArticleId,
  ArticleSummary,
  LibraryInfo,
  MetadataPatch,
} from './domain';
import { annotationInputs, annotationOutputs } from './annotations';
import { backupInputs, backupOutputs } from './backup';
import { searchInputs, searchOutputs } from './search';
import { compareInputs, compareOutputs } from './comparison';
import { storyInputs, storyOutputs } from './stories';
import { versionInputs, versionOutputs } from './versions';
import { outletInputs, outletOutputs } from './outlets';
import { readingInputs, readingOutputs } from './reading';
import { importInputs, importOutputs } from './import-jobs';
import { API_METHODS, PRELOAD_GLOBAL, httpRoute, ipcChannel, type ApiMethod } from './api-methods';

export { UploadedFile } from './uploaded-file';

/** Input schema of every API method, validated wherever a call crosses a process boundary. */
export const apiInputs = {
  getLibraryInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ id: ArticleId }).strict(),
  updateMetadata: z.object({ id: ArticleId, patch: MetadataPatch }).strict(),
  deleteArticle: z.object({ id: ArticleId }).strict(),
  ...importInputs,
  ...annotationInputs,
  ...searchInputs,
  ...compareInputs,
  ...storyInputs,
  ...versionInputs,
  ...outletInputs,
  ...backupInputs,
  ...readingInputs,
} as const satisfies Record<ApiMethod, z.ZodType>;

export { API_METHODS, PRELOAD_GLOBAL, ipcChannel, httpRoute, type ApiMethod };
export const apiMethodNames: readonly ApiMethod[] = API_METHODS;
export type ApiInput<M extends ApiMethod> = z.infer<(typeof apiInputs)[M]>;

/** Output schemas, used by tests and by clients that want to check what they received. */
export const apiOutputs = {
  getLibraryInfo: LibraryInfo,
  listArticles: z.array(ArticleSummary),
  getArticle: Article,
  updateMetadata: Article,
  deleteArticle: z.object({ deleted: ArticleId }),
  ...importOutputs,
  ...annotationOutputs,
  ...searchOutputs,
  ...compareOutputs,
  ...storyOutputs,
  ...versionOutputs,
  ...outletOutputs,
  ...backupOutputs,
  ...readingOutputs,
} satisfies Record<ApiMethod, z.ZodType>;

export type ApiOutput<M extends ApiMethod> = z.infer<(typeof apiOutputs)[M]>;

/** What the UI can ask of the core. Every method resolves or rejects with a ParallaxError. */
export type ReaderApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
