// Importing from the desktop shell: File > Import… (files and folders) and files dropped on the
// window (paths resolved in the preload, checked again here). Both start a core import job; the
// window learns a menu job's id through the typed `importStarted` push and shows its panel.
import type { Database } from 'better-sqlite3';
import { dialog, ipcMain, type BrowserWindow, type WebContents } from 'electron';
import { SHELL_CHANNELS } from '../../shared/api-methods';
import type { Result } from '../../shared/errors';
import { DroppedPaths, type ImportStartedMessage } from '../../shared/import-jobs';
import { validateImportPaths } from '../core/files/validate-import-paths';
import { importJobsFor } from '../core/jobs/import-jobs';
import { entriesForPaths } from '../core/library/import-paths';
import { isTrustedIpcSender } from './ipc-sender';

export interface ImportShellOptions {
  db: Database;
  window: () => BrowserWindow | null;
  isOwnWindow: (sender: WebContents) => boolean;
}

export interface ImportShell {
  /** File > Import…: pick files and folders, start the job, tell the window. */
  showImportDialog(): Promise<string | null>;
  dispose(): void;
}

export function setupImportShell(options: ImportShellOptions): ImportShell {
  const start = (paths: readonly string[]): Result<{ jobId: string }> => {
    const { accepted, refused } = validateImportPaths(paths);
    if (!accepted.length) {
      const why = refused.map((r) => `${r.path}: ${r.reason}`).join('; ');
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Nothing to import (${why || 'no paths'}).` } };
    }
    return { ok: true, value: { jobId: importJobsFor(options.db).start(entriesForPaths(accepted)) } };
  };

  ipcMain.handle(SHELL_CHANNELS.importDroppedPaths, async (event, raw: unknown): Promise<Result<{ jobId: string }>> => {
    const frame = event.senderFrame;
    const trusted = isTrustedIpcSender({
      frameUrl: frame?.url,
      isMainFrame: frame !== null && frame.parent === null,
      fromOwnWindow: options.isOwnWindow(event.sender),
    });
    if (!trusted) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'This request did not come from the Parallax window.' } };
    const parsed = DroppedPaths.safeParse(raw);
    if (!parsed.success) return { ok: false, error: { code: 'INVALID_INPUT', message: 'The dropped items are not files Parallax can read.' } };
    return start(parsed.data);
  });

  return {
    async showImportDialog() {
      const win = options.window();
      const dialogOptions: Electron.OpenDialogOptions = {
        title: 'Import articles',
        buttonLabel: 'Import',
        // Windows and Linux cannot offer files and folders in one dialog; they show files there.
        properties: ['openFile', 'openDirectory', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'mhtml', 'mht', 'pdf'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const picked = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      if (picked.canceled || !picked.filePaths.length) return null;
      const started = start(picked.filePaths);
      if (!started.ok) {
        dialog.showErrorBox('Nothing imported', started.error.message);
        return null;
      }
      const message: ImportStartedMessage = { jobId: started.value.jobId };
      const target = options.window();
      if (target && !target.isDestroyed()) target.webContents.send(SHELL_CHANNELS.importStarted, message);
      return message.jobId;
    },
    dispose() {
      ipcMain.removeHandler(SHELL_CHANNELS.importDroppedPaths);
    },
  };
}
