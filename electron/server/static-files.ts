// Serves the built renderer. Only files inside the renderer folder are ever read: the resolved
// path must stay within it (no `..`, no absolute paths, no encoded tricks).
import fs from 'node:fs';
import path from 'node:path';
import { mimeTypeFor } from '../core/app/renderer-assets';


export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path to a file inside `root`, or null when it is outside or missing. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const rootResolved = path.resolve(root);
  const full = path.resolve(rootResolved, relative);
  if (full !== rootResolved && !full.startsWith(rootResolved + path.sep)) return null;
  return full;
}

export function readStaticFile(root: string, urlPath: string): StaticFile | null {
  const full = resolveStaticPath(root, urlPath);
  if (!full) return null;
  try {
    if (!fs.statSync(full).isFile()) return null;
    return { body: fs.readFileSync(full), contentType: mimeTypeFor(full) };
  } catch {
    return null;
  }
}
