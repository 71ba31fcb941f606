// Finds the package's own files (resources, built renderer) whether running from sources (tsx),
// from dist/, or from a packaged app, by walking up to Parallax's package.json.
import fs from 'node:fs';
import path from 'node:path';

let cachedRoot: string | null = null;

export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if ((JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'parallax') {
          cachedRoot = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Parallax package root not found');
    dir = parent;
  }
}

export function appVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export function bundledSampleCorpusDir(): string {
  return path.join(packageRoot(), 'resources', 'sample-corpus');
}

export function builtRendererDir(): string {
  return path.join(packageRoot(), 'dist', 'renderer');
}
