// Expands dropped or named paths into the files to import: folders walked recursively, hidden
// files skipped, symlink loops and unreadable paths reported instead of followed forever.
import fs from 'node:fs';
import path from 'node:path';

export interface CollectedPath {
  path: string;
  /** Set when the path cannot be imported at all (missing, unreadable, a loop). */
  problem?: string;
}

export function collectFiles(inputs: readonly string[], maxFiles = 100_000): CollectedPath[] {
  const out: CollectedPath[] = [];
  const seenDirs = new Set<string>();

  const visit = (p: string, fromFolder: boolean): void => {
    if (out.length >= maxFiles) return;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const problem =
        code === 'ENOENT' ? 'no such file or folder' : code === 'ELOOP' ? 'symbolic link loop' : `cannot read (${code ?? 'error'})`;
      out.push({ path: p, problem });
      return;
    }
    if (stat.isDirectory()) {
      let real: string;
      try {
        real = fs.realpathSync(p);
      } catch {
        out.push({ path: p, problem: 'cannot resolve folder' });
        return;
      }
      if (seenDirs.has(real)) {
        if (!fromFolder) return;
        out.push({ path: p, problem: 'folder already visited (symbolic link loop)' });
        return;
      }
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(p).sort();
      } catch (err) {
        out.push({ path: p, problem: `cannot list folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      for (const name of entries) if (!name.startsWith('.')) visit(path.join(p, name), true);
    } else if (stat.isFile()) {
      out.push({ path: p });
    } else {
      out.push({ path: p, problem: 'not a regular file' });
    }
  };

  for (const input of inputs) visit(path.resolve(input), false);
  return out;
}
