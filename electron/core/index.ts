// The Node core's front door: open a library, import the sample corpus on first run, and hand out
// the ReaderApi and its validated handler table. Never imports Electron.
import type { ReaderApi } from '../../shared/api';
import type { ImportReport } from '../../shared/domain';
import { appVersion } from './app/package-paths';
import { openLibrary, type Library } from './library/library';
import { importSampleCorpusOnce } from './library/sample-corpus';
import { createHandlers, type HandlerTable } from './service/handlers';
import { createReaderService } from './service/reader-service';

export interface CoreOptions {
  libraryDir: string;
  nativeBinding?: string;
  /** Folder of the sample corpus to import into a new library; null or absent: none. */
  sampleCorpusDir?: string | null;
  appVersion?: string;
  onInternalError?: (err: unknown) => void;
}

export interface Core {
  library: Library;
  api: ReaderApi;
  handlers: HandlerTable;
  /** What the first-run sample import did, or null when the library already existed. */
  sampleImport: ImportReport | null;
  close(): void;
}

export function startCore(options: CoreOptions): Core {
  const library = openLibrary({ dir: options.libraryDir, nativeBinding: options.nativeBinding });
  try {
    const sampleImport = options.sampleCorpusDir ? importSampleCorpusOnce(library, options.sampleCorpusDir) : null;
    const api = createReaderService(library, { appVersion: options.appVersion ?? appVersion() });
    const handlers = createHandlers(api, options.onInternalError);
    return { library, api, handlers, sampleImport, close: () => library.close() };
  } catch (err) {
    library.close();
    throw err;
  }
}

export { defaultLibraryDir } from './library/library-dir';
export { bundledSampleCorpusDir, builtRendererDir } from './app/package-paths';
