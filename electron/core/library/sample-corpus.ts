// First run: the bundled sample corpus is imported once into a new library. Later runs (and a
// library whose user deleted the samples) are left alone.
import fs from 'node:fs';
import type { ImportReport } from '../../../shared/domain';
import { importPaths } from './import-paths';
import type { Library } from './library';
import { getSetting, setSetting } from './settings';

const SAMPLE_IMPORTED = 'sample_corpus_imported_at';

export function importSampleCorpusOnce(library: Library, corpusDir: string): ImportReport | null {
  if (getSetting(library.db, SAMPLE_IMPORTED) !== null) return null;
  if (!fs.existsSync(corpusDir)) return null;
  const report = importPaths(library.db, [corpusDir]);
  setSetting(library.db, SAMPLE_IMPORTED, new Date().toISOString());
  return report;
}
