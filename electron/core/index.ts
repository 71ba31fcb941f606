// The Node core's front door: open a library and hand out the ReaderApi and its validated handler
// table; `importSampleCorpusOnce` fills a new library with the samples. Never imports Electron.
import type { ReaderApi } from '../../shared/api';
import type { ImportReport } from '../../shared/domain';
import { appVersion } from './app/package-paths';
import { openLibrary, type Library } from './library/library';
import { importSampleCorpusOnce as importSamples, importSampleCorpusOnceSync } from './library/sample-corpus';
import { createHandlers, type HandlerTable } from './service/handlers';
import { createReaderService } from './service/reader-service';

export interface CoreOptions {
  libraryDir: string;
  nativeBinding?: string;
  /**
   * Transitional: import the sample corpus synchronously, in this thread, before returning. New callers
   * should leave this out and `await importSampleCorpusOnce(core, dir)` (worker threads) instead.
   */
  sampleCorpusDir?: string | null;
  appVersion?: string;
  onInternalError?: (err: unknown) => void;
}

export interface Core {
  library: Library;
  api: ReaderApi;
  handlers: HandlerTable;
  /** What the first-run sample import of `sampleCorpusDir` did, or null (none asked, or not a new library). */
  sampleImport: ImportReport | null;
  close(): void;
}

export function startCore(options: CoreOptions): Core {
  const library = openLibrary({ dir: options.libraryDir, nativeBinding: options.nativeBinding });
  try {
    const sampleImport = options.sampleCorpusDir ? importSampleCorpusOnceSync(library, options.sampleCorpusDir) : null;
    const api = createReaderService(library, { appVersion: options.appVersion ?? appVersion() });
    const handlers = createHandlers(api, options.onInternalError);
    return { library, api, handlers, sampleImport, close: () => library.close() };
  } catch (err) {
    library.close();
    throw err;
  }
}

/** First run: imports the bundled samples into a new library (extraction runs in worker threads). */
export function importSampleCorpusOnce(core: Core, corpusDir: string | null | undefined): Promise<ImportReport | null> {
  return corpusDir ? importSamples(core.library, corpusDir) : Promise.resolve(null);
}

export { defaultLibraryDir } from './library/library-dir';
export { bundledSampleCorpusDir, builtRendererDir } from './app/package-paths';
