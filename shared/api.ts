// The one API contract between the UI and the core. Three transports carry it: direct calls
// (CLI, tests), Electron IPC (preload + ipcMain) and HTTP (`parallax serve`).
import { z } from 'zod';
import {
  Article,
  ArticleId,
  ArticleSummary,
  ImportReport,
  LibraryInfo,
  MetadataPatch,
} from './domain';
import { annotationInputs, annotationOutputs } from './annotations';
import { searchInputs, searchOutputs } from './search';
import { compareInputs, compareOutputs } from './comparison';
import { API_METHODS, PRELOAD_GLOBAL, httpRoute, ipcChannel, type ApiMethod } from './api-methods';

/** Files handed over by content (browser-mode upload or drag-and-drop). */
export const UploadedFile = z.object({
  name: z.string().min(1).max(1000),
  /** File content, base64-encoded. */
  dataBase64: z.string().max(70 * 1024 * 1024),
});
export type UploadedFile = z.infer<typeof UploadedFile>;

/** Input schema of every API method, validated wherever a call crosses a process boundary. */
export const apiInputs = {
  getLibraryInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ id: ArticleId }).strict(),
  updateMetadata: z.object({ id: ArticleId, patch: MetadataPatch }).strict(),
  deleteArticle: z.object({ id: ArticleId }).strict(),
  importUploads: z.object({ files: z.array(UploadedFile).min(1).max(1000) }).strict(),
  ...annotationInputs,
  ...searchInputs,
  ...compareInputs,
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
  importUploads: ImportReport,
  ...annotationOutputs,
  ...searchOutputs,
  ...compareOutputs,
} satisfies Record<ApiMethod, z.ZodType>;

export type ApiOutput<M extends ApiMethod> = z.infer<(typeof apiOutputs)[M]>;

/** What the UI can ask of the core. Every method resolves or rejects with a ParallaxError. */
export type ReaderApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };
