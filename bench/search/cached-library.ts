// Generated benchmark libraries, built once and kept under bench/.cache/ (git-ignored), keyed by
// seed, size, schema version and generator version: a re-run that only changed query code skips
// generation and import. The run that built a library records its import figures beside it.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { openLibrary } from '../../electron/core/library/library';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/library/migrations';
import { generateArticle, insertGenerated, type Vocabulary } from './generate-corpus';

/** Bump when generate-corpus.ts changes what it generates. */
const GENERATOR_VERSION = 1;
const CACHE = path.resolve(__dirname, '..', '.cache');

export interface BenchLibrary {
  /** The library folder. */
  dir: string;
  /** The same articles as plain-text files, for grep. */
  filesDir: string;
  /** Figures of the run that built the library. */
  built: { date: string; import: Record<string, number>; disk: Record<string, number> };
  fromCache: boolean;
}

const ms = (x: number) => Math.round(x * 100) / 100;

/** `random` continues the seeded stream that built `vocab`, so the articles are the same on every machine. */
export function cachedLibrary(
  seed: number,
  size: number,
  vocab: Vocabulary,
  random: () => number,
  options: { noCache?: boolean } = {},
): BenchLibrary {
  const key = `search-s${seed}-n${size}-schema${LATEST_SCHEMA_VERSION}-g${GENERATOR_VERSION}`;
  const root = path.join(CACHE, key);
  const marker = path.join(root, 'built.json');
  if (!options.noCache && !fs.existsSync(marker)) adoptOlderSchema(seed, size, root);
  if (!options.noCache && fs.existsSync(marker)) {
    const built = JSON.parse(fs.readFileSync(marker, 'utf8')) as BenchLibrary['built'];
    return { dir: path.join(root, 'library'), filesDir: path.join(root, 'files'), built, fromCache: true };
  }
  fs.rmSync(root, { recursive: true, force: true });
  const filesDir = path.join(root, 'files');
  fs.mkdirSync(filesDir, { recursive: true });
  const lib = openLibrary({ dir: path.join(root, 'library') });
  try {
    const t0 = performance.now();
    const articles = (function* () {
      for (let i = 0; i < size; i++) yield generateArticle(vocab, random);
    })();
    const inserted = insertGenerated(lib.db, articles, (i, text) => fs.writeFileSync(path.join(filesDir, `${i}.txt`), text));
    const seconds = (performance.now() - t0) / 1000;
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    const built = {
      date: new Date().toISOString(),
      import: {
        articles: inserted.articles,
        seconds: ms(seconds),
        articlesPerSecond: Math.round(inserted.articles / seconds),
        bodyMBPerSecond: ms(inserted.bytes / 1e6 / seconds),
        bodyMB: ms(inserted.bytes / 1e6),
      },
      disk: { databaseMB: ms(fs.statSync(lib.file).size / 1e6), ...tableSizes(lib.db) },
    };
    lib.close();
    fs.writeFileSync(marker, JSON.stringify(built, null, 2));
    return { dir: path.join(root, 'library'), filesDir, built, fromCache: false };
  } finally {
    lib.close();
  }
}

/**
 * A library cached under an older schema is migrated in place (as a person's library would be)
 * rather than generated again; its marker says so.
 */
function adoptOlderSchema(seed: number, size: number, root: string): void {
  if (!fs.existsSync(CACHE)) return;
  const older = fs
    .readdirSync(CACHE)
    .map((name) => ({ name, m: new RegExp(`^search-s${seed}-n${size}-schema(\\d+)-g${GENERATOR_VERSION}$`).exec(name) }))
    .filter((x) => x.m && Number(x.m[1]) < LATEST_SCHEMA_VERSION && fs.existsSync(path.join(CACHE, x.name, 'built.json')))
    .sort((a, b) => Number(b.m![1]) - Number(a.m![1]))[0];
  if (!older) return;
  fs.rmSync(root, { recursive: true, force: true });
  fs.renameSync(path.join(CACHE, older.name), root);
  const lib = openLibrary({ dir: path.join(root, 'library') }); // migrates
  lib.close();
  for (const f of fs.readdirSync(path.join(root, 'library'))) {
    if (f.endsWith('.before-migration')) fs.rmSync(path.join(root, 'library', f), { force: true });
  }
  const marker = path.join(root, 'built.json');
  const built = JSON.parse(fs.readFileSync(marker, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(marker, JSON.stringify({ ...built, migratedFrom: older.name }, null, 2));
}

function tableSizes(db: Database): Record<string, number> {
  try {
    const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
    const sum = (re: RegExp) => ms(rows.filter((r) => re.test(r.name)).reduce((a, r) => a + r.bytes, 0) / 1e6);
    return {
      articlesTableMB: sum(/^articles$|^sqlite_autoindex_articles/),
      originalsMB: sum(/^article_originals/),
      ftsIndexMB: sum(/^articles_fts_/),
      vocabularyIndexMB: sum(/^search_terms_/),
    };
  } catch {
    return {};
  }
}
