// A library is a folder holding one SQLite database. One open Library per process.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ParallaxError } from '../../../shared/errors';
import { openDatabase } from './database';
import { DATABASE_FILE } from './library-dir';

export interface Library {
  dir: string;
  file: string;
  db: Database;
  close(): void;
}

export function openLibrary(options: { dir: string; nativeBinding?: string }): Library {
  const dir = path.resolve(options.dir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new ParallaxError('LIBRARY_ERROR', `Cannot create the library folder ${dir} (${(err as NodeJS.ErrnoException).code}).`);
  }
  if (!fs.statSync(dir).isDirectory()) throw new ParallaxError('LIBRARY_ERROR', `${dir} is not a folder.`);
  const file = path.join(dir, DATABASE_FILE);
  const db = openDatabase(file, { nativeBinding: options.nativeBinding });
  let open = true;
  return {
    dir,
    file,
    db,
    close() {
      if (open) db.close();
      open = false;
    },
  };
}
