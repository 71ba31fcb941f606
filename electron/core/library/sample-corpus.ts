// First run: the bundled sample corpus is imported once into a new library. Later runs (and a
// library whose user deleted the samples) are left alone.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../shared/domain';
import { collectFiles } from '../files/collect-files';
import { importSourceSync, summarise } from './import-into-library';
import { importPaths, type ImportOptions } from './import-paths';
import type { Library } from './library';
import { getSetting, setSetting } from './settings';

const SAMPLE_IMPORTED = 'sample_corpus_imported_at';

function isDue(library: Library, corpusDir: string): boolean {
  return getSetting(library.db, SAMPLE_IMPORTED) === null && fs.existsSync(corpusDir);
}

export async function importSampleCorpusOnce(library: Library, corpusDir: string, options: ImportOptions = {}): Promise<ImportReport | null> {
  if (!isDue(library, corpusDir)) return null;
  const report = await importPaths(library.db, [corpusDir], options);
  if (options.signal?.aborted) return report; // try again next time
  setSetting(library.db, SAMPLE_IMPORTED, new Date().toISOString());
  return report;
}

/**
 * Transitional, for `startCore({ sampleCorpusDir })` while its callers still expect the samples to be
 * there when it returns: the bundled files are small, trusted and text, so they are read in this thread.
 */
export function importSampleCorpusOnceSync(library: Library, corpusDir: string): ImportReport | null {
  if (!isDue(library, corpusDir)) return null;
  const results = collectFiles([corpusDir]).map((f) =>
    f.problem
      ? { file: f.path, status: 'rejected' as const, code: 'READ_FAILED', reason: f.problem }
      : importSourceSync(library.db, { name: path.basename(f.path), bytes: fs.readFileSync(f.path) }, f.path),
  );
  setSetting(library.db, SAMPLE_IMPORTED, new Date().toISOString());
  return summarise(results);
}
