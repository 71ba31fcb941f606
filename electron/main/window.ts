// Creates the app's one window: sandboxed, context-isolated, no Node, showing app://parallax/.
// Hardening (navigation, permissions, new windows) comes from harden-window.ts.
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { hardenWebContents } from './harden-window';

export interface MainWindowOptions {
  preloadPath: string;
  allowDevTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Parallax',
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.allowDevTools,
    },
  });
  // Already done by the app-wide hook; repeated here so this window is safe on its own.
  hardenWebContents(window.webContents);

  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-fail-load', (_event, code, description, url) => {
    console.error(`Parallax: the window could not load ${url}: ${description} (${code})`);
  });
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Parallax: the window's renderer stopped (${details.reason}).`);
  });
  window.loadURL(APP_ENTRY_URL).catch((err: unknown) => {
    console.error('Parallax: the window could not load the app:', err);
  });
  return window;
}
