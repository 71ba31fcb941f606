// Checks paths that arrive from outside the core (Electron's drop handler, resolved in the preload)
// before anything reads them: absolute, existing, a regular file or a folder, never a device.
import fs from 'node:fs';
import path from 'node:path';

export interface PathCheck {
  accepted: string[];
  refused: { path: string; reason: string }[];
}

// Pseudo-filesystems and device namespaces: reading them can block forever or leak system state.
const SYSTEM_ROOTS = ['/dev', '/proc', '/sys'];
const WINDOWS_DEVICE = /^\\\\[.?]\\|^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function validateImportPaths(paths: readonly string[]): PathCheck {
  const check: PathCheck = { accepted: [], refused: [] };
  for (const p of paths) {
    const reason = problemWith(p);
    if (reason) check.refused.push({ path: p, reason });
    else check.accepted.push(path.resolve(p));
  }
  return check;
}

function problemWith(p: string): string | null {
  if (p.includes('\0')) return 'not a valid path';
  if (WINDOWS_DEVICE.test(p) || WINDOWS_DEVICE.test(path.basename(p))) return 'a device, not a file';
  if (!path.isAbsolute(p)) return 'not an absolute path';
  const resolved = path.resolve(p);
  if (SYSTEM_ROOTS.some((root) => resolved === root || resolved.startsWith(root + path.sep))) return 'a system folder, not your files';
  let stat: fs.Stats;
  try {
    stat = fs.statSync(resolved);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : 'cannot be read';
  }
  if (!stat.isFile() && !stat.isDirectory()) return 'a device or special file, not a file or folder';
  return null;
}
