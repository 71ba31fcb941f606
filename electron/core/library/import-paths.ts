// Imports files and folders from disk (CLI, Electron menu and drops): collects, reads with a size
// limit, and imports each file on its own so one bad file never affects the others.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import type { ImportItem, ImportReport } from '../../../shared/domain';
import { collectFiles } from '../files/collect-files';
import { MAX_FILE_BYTES } from '../import/types';
import { importSource } from './import-into-library';

export function importPaths(
  db: Database,
  inputs: readonly string[],
  onItem?: (item: ImportItem, done: number, total: number) => void,
): ImportReport {
  const files = collectFiles(inputs);
  const results: ImportItem[] = [];
  for (const f of files) {
    const item = importOnePath(db, f.path, f.problem);
    results.push(item);
    onItem?.(item, results.length, files.length);
  }
  return summarise(results);
}

function importOnePath(db: Database, file: string, problem?: string): ImportItem {
  if (problem) return { file, status: 'rejected', code: 'READ_FAILED', reason: problem };
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return { file, status: 'rejected', code: 'FILE_TOO_LARGE', reason: `file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit` };
    }
    const bytes = fs.readFileSync(file);
    return importSource(db, { name: path.basename(file), bytes }, file);
  } catch (err) {
    return { file, status: 'rejected', code: 'READ_FAILED', reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

export function summarise(results: ImportItem[]): ImportReport {
  const count = (s: ImportItem['status']) => results.filter((r) => r.status === s).length;
  return { results, imported: count('imported'), duplicates: count('duplicate'), rejected: count('rejected') };
}
