// Import jobs: the contract's types for imports that run in the background with progress and
// cancel, links dropped from a browser, near-duplicate decisions and re-cleaning stored articles.
import { z } from 'zod';
import { ArticleId, ImportItem, ImportReport } from './domain';
import { UploadedFile } from './uploaded-file';

export const ImportJobId = z.string().regex(/^[a-z0-9-]{8,64}$/, 'not an import job id');
export type ImportJobId = z.infer<typeof ImportJobId>;

export const ImportJobState = z.enum(['running', 'done', 'cancelled']);
export type ImportJobState = z.infer<typeof ImportJobState>;

/** What a job has done so far; `results` grows in completion order while the job runs. */
export const ImportJob = z.object({
  jobId: ImportJobId,
  state: ImportJobState,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Name of the file being worked on, or null when none is. */
  currentFile: z.string().nullable(),
  results: z.array(ImportItem),
  /** Set when the job stopped on an unexpected failure; what was stored before it stays. */
  error: z.string().optional(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/**
 * Browser-mode and renderer imports hand over file contents only. Large drops arrive in several
 * requests: the first names the total number of files (`totalFiles`), the later ones the job.
 * Paths on disk are never accepted here: only Electron's own dialog and drop handler pass them.
 */
export const StartImportInput = z
  .object({
    uploads: z.array(UploadedFile).min(1).max(1000),
    totalFiles: z.number().int().positive().max(100_000).optional(),
    jobId: ImportJobId.optional(),
  })
  .strict();

/**
 * A link from a browser drop: an absolute http(s) URL with a host. (shared/ has no URL class; the
 * core parses the link again with one before fetching it.)
 */
export const ImportUrl = z
  .string()
  .max(4000)
  .url()
  .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i, 'only http and https links can be imported');

/** Paths Electron's drop handler resolved with webUtils.getPathForFile; main checks them again. */
export const DroppedPaths = z.array(z.string().min(1).max(4096)).min(1).max(1000);

/** The push message main sends when it started an import (menu or drop) for the window to show. */
export const ImportStartedMessage = z.object({ jobId: ImportJobId }).strict();
export type ImportStartedMessage = z.infer<typeof ImportStartedMessage>;

/** How a re-cleaned article's highlights re-attached to its new text (orphaned: not found). */
export const RecleanAnchoring = z.object({
  id: ArticleId,
  exact: z.number().int().nonnegative(),
  approximate: z.number().int().nonnegative(),
  orphaned: z.number().int().nonnegative(),
});
export type RecleanAnchoring = z.infer<typeof RecleanAnchoring>;

export const RecleanReport = z.object({
  recleaned: z.array(ArticleId),
  failed: z.array(z.object({ id: ArticleId, reason: z.string() })),
  /** One entry per re-cleaned article that has highlights, in id order. */
  anchoring: z.array(RecleanAnchoring),
});
export type RecleanReport = z.infer<typeof RecleanReport>;

const JobRef = z.object({ jobId: ImportJobId }).strict();

export const importInputs = {
  importUploads: z.object({ files: z.array(UploadedFile).min(1).max(1000) }).strict(),
  startImport: StartImportInput,
  getImportJob: JobRef,
  cancelImport: JobRef,
  resolveNearDuplicate: z.object({ jobId: ImportJobId, file: z.string().min(1).max(5000), keep: z.boolean() }).strict(),
  importUrl: z.object({ url: ImportUrl }).strict(),
  recleanArticle: z.object({ id: ArticleId }).strict(),
  recleanAll: z.object({}).strict(),
} as const;

export const importOutputs = {
  importUploads: ImportReport,
  startImport: z.object({ jobId: ImportJobId }),
  getImportJob: ImportJob,
  cancelImport: ImportJob,
  resolveNearDuplicate: ImportItem,
  importUrl: z.object({ jobId: ImportJobId }),
  recleanArticle: RecleanReport,
  recleanAll: RecleanReport,
} as const;
