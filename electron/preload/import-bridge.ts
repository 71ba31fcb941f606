// The preload's two import functions beyond the ReaderApi: files dropped on the window go to main
// as paths (resolved here with webUtils, checked again in main), and main's "import started" push
// reaches the page only as a checked `{ jobId }`, never as a raw IPC event.
import { ipcRenderer, webUtils } from 'electron';
import { SHELL_CHANNELS } from '../../shared/api-methods';
import type { Result } from '../../shared/errors';

const JOB_ID = /^[a-z0-9-]{8,64}$/;

export interface ImportBridge {
  /** Starts a main-process import of dropped files by their paths; files without one are skipped. */
  importDroppedFiles(files: readonly File[]): Promise<Result<{ jobId: string }>>;
  /** Calls `listener` with each job main started (File > Import…); returns an unsubscribe function. */
  onImportStarted(listener: (message: { jobId: string }) => void): () => void;
}

export const importBridge: ImportBridge = {
  importDroppedFiles(files) {
    const paths = Array.from(files, (file) => webUtils.getPathForFile(file)).filter((p) => typeof p === 'string' && p.length > 0);
    return ipcRenderer.invoke(SHELL_CHANNELS.importDroppedPaths, paths);
  },
  onImportStarted(listener) {
    const handler = (_event: unknown, message: unknown) => {
      const jobId = (message as { jobId?: unknown } | null)?.jobId;
      if (typeof jobId === 'string' && JOB_ID.test(jobId)) listener({ jobId });
    };
    ipcRenderer.on(SHELL_CHANNELS.importStarted, handler);
    return () => void ipcRenderer.removeListener(SHELL_CHANNELS.importStarted, handler);
  },
};
