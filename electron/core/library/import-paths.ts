// Imports files and folders from disk (CLI, Electron menu and drops): collects, reads with a size
// limit, and imports each file on its own so one bad file never affects the others.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ImportReport } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import { collectFiles } from '../files/collect-files';
import { MAX_FILE_BYTES } from '../import/types';
import { importSources, type ImportEntry, type ImportOptions } from './import-into-library';

export { summarise } from './import-into-library';
export type { ImportOptions } from './import-into-library';

export async function importPaths(db: Database, inputs: readonly string[], options: ImportOptions = {}): Promise<ImportReport> {
  return importSources(db, entriesForPaths(inputs), options);
}

/** The files named or found under `inputs`, each read from disk only when its turn comes. */
export function entriesForPaths(inputs: readonly string[]): ImportEntry[] {
  return collectFiles(inputs).map((f) => ({
    label: f.path,
    group: path.dirname(f.path),
    read: () => (f.problem ? Promise.reject(new ParallaxError('READ_FAILED', f.problem)) : readSource(f.path)),
  }));
}

async function readSource(file: string): Promise<{ name: string; bytes: Uint8Array }> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    // Size is checked on the open file, so a file swapped after the folder walk cannot slip past.
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) throw new ParallaxError('FILE_TOO_LARGE', `file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
    const bytes = Buffer.alloc(size);
    const { bytesRead } = await handle.read(bytes, 0, size, 0);
    return { name: path.basename(file), bytes: bytes.subarray(0, bytesRead) };
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('READ_FAILED', `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    await handle?.close();
  }
}
