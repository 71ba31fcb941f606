// Where the desktop app keeps its library by default, computed without Electron so the CLI and
// the server open the same folder the app does (Electron's userData path for the app "Parallax").
import os from 'node:os';
import path from 'node:path';

export const LIBRARY_ENV = 'PARALLAX_LIBRARY';
export const DATABASE_FILE = 'library.sqlite';

export function defaultLibraryDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[LIBRARY_ENV];
  if (fromEnv && fromEnv.trim()) return path.resolve(fromEnv);
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'Parallax', 'library');
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Parallax', 'library');
    default:
      return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Parallax', 'library');
  }
}
