// Whole-library backup: one `.parallax-backup` file (an SQLite copy of the library with a manifest
// table) that restores into an empty library as an identical copy.
import { z } from 'zod';

export const BACKUP_EXTENSION = '.parallax-backup';

export const BackupManifest = z.object({
  format: z.literal('parallax-backup'),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  /** Rows per table at the time of the backup, for a check after restoring. */
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export const LibraryBackup = z.object({
  fileName: z.string(),
  /** The backup file's bytes, base64-encoded (browser mode hands it over as a download). */
  dataBase64: z.string(),
  manifest: BackupManifest,
});
export type LibraryBackup = z.infer<typeof LibraryBackup>;

export const RestoreReport = z.object({
  manifest: BackupManifest,
  rowCounts: z.record(z.string(), z.number().int().nonnegative()),
  /** Where the library that a forced restore replaced was backed up first (null: nothing was replaced). */
  previousLibrary: z.string().nullable(),
});
export type RestoreReport = z.infer<typeof RestoreReport>;

export const backupInputs = {
  backupLibrary: z.object({}).strict(),
  restoreLibrary: z
    .object({
      dataBase64: z.string().min(4).max(78 * 1024 * 1024),
      /** Replace a library that already holds articles or annotations. */
      force: z.boolean().optional(),
    })
    .strict(),
} as const;

export const backupOutputs = {
  backupLibrary: LibraryBackup,
  restoreLibrary: RestoreReport,
} as const;
