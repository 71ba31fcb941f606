// Entry point of the desktop app: one instance, the core opened on the user's library, the
// renderer served from app://parallax/ into one hardened window, the core closed on quit.
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { builtRendererDir, bundledSampleCorpusDir, defaultLibraryDir, startCore, type Core } from '../core/index';
import { registerAppSchemePrivileges, setupAppProtocol } from './app-protocol';
import { setupWindowHardening } from './harden-window';
import { setupImportShell, type ImportShell } from './import-dialog';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { openLibraryOrOfferWayOut } from './library-recovery';
import { createMainWindow } from './window';

const APP_NAME = 'Parallax';
const isDev = !app.isPackaged;
const preloadPath = path.join(__dirname, '..', 'preload', 'preload.js');

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
let disposeIpc: (() => void) | null = null;
let importShell: ImportShell | null = null;

// Name and profile folder are fixed before anything reads them (the single-instance lock does).
// PARALLAX_USER_DATA lets tests run beside an open Parallax with their own profile.
app.setName(APP_NAME);
app.setPath('userData', process.env.PARALLAX_USER_DATA || path.join(app.getPath('appData'), APP_NAME));
registerAppSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app.on('will-quit', shutDown);
  app.whenReady().then(start).catch(failToStart);
}

function start(): void {
  setupWindowHardening();
  setupMenu({ isDev, onImport: () => void importShell?.showImportDialog() });
  const libraryDir = defaultLibraryDir();
  core = openLibraryOrOfferWayOut(
    () =>
      startCore({
        libraryDir,
        nativeBinding: process.env.PARALLAX_SQLITE_BINDING || undefined,
        sampleCorpusDir: app.isPackaged ? path.join(process.resourcesPath, 'sample-corpus') : bundledSampleCorpusDir(),
        onInternalError: (err) => console.error('Parallax: internal error:', err),
      }),
    libraryDir,
  );
  if (!core) {
    app.exit(1);
    return;
  }
  setupAppProtocol(builtRendererDir());
  disposeIpc = setupIpc(core.handlers, isMainWindowContents);
  importShell = setupImportShell({ db: core.library.db, window: () => mainWindow, isOwnWindow: isMainWindowContents });
  showMainWindow();
}

function showMainWindow(): void {
  if (!core) return; // still starting, or the library could not be opened
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({ preloadPath, allowDevTools: isDev });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function isMainWindowContents(sender: WebContents): boolean {
  return mainWindow !== null && !mainWindow.isDestroyed() && sender.id === mainWindow.webContents.id;
}

function shutDown(): void {
  disposeIpc?.();
  disposeIpc = null;
  importShell?.dispose();
  importShell = null;
  try {
    core?.close();
  } catch (err) {
    console.error('Parallax: the library did not close cleanly:', err);
  }
  core = null;
}

function failToStart(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('Parallax could not start', message);
  app.exit(1);
}
