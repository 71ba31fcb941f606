// Import of sources into the library: extract (in worker threads for batches), then store each article
// in one transaction, or report it as a duplicate or a specific rejection. Nothing is half-stored: the
// article, its original bytes and its search index entry are written together or not at all.
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportItem, ImportReport } from '../../../shared/domain';
import { ParallaxError, toApiError } from '../../../shared/errors';
import { blocksToText, countWords } from '../../../shared/text';
import { BatchBoilerplate, boilerplateGroup } from '../import/corpus/batch-boilerplate';
import type { ExtractedArticle, SourceFile } from '../import/types';
import { createExtractionPool, type ExtractionPool } from '../import/worker/extraction-pool';
import { findArticleIdByContentHash, findArticleIdByOriginalHash, getArticle, insertArticle } from './articles';
import { checkNearDuplicate } from './import-near-duplicates';
import { linkArticleOutlet } from '../outlets/article-outlets';
import { scheduleStoryUpdate } from '../stories/story-updates';
import { importAsVersion } from '../versions/import-version';

// The parsers (linkedom, Readability, marked, chrono, pdf.js) load only where a file is extracted in
// this thread: batches extract in workers, so the thread that serves the UI never pays for them.
function extractors(): typeof import('../import/extract-article') {
  return require('../import/extract-article') as typeof import('../import/extract-article');
}

/** One file of a batch: a label for reports, and how to get its bytes (may reject with ParallaxError). */
export interface ImportEntry {
  label: string;
  /** Files of one folder or upload compare with each other when their outlet is unknown. */
  group: string;
  read(): Promise<SourceFile>;
  /** Overrides the extracted canonical URL (a page fetched from a dropped link). */
  canonicalUrl?: string;
}

export interface ImportOptions {
  /** Called as each file is settled (stored, found duplicate, or rejected), in completion order. */
  onProgress?: (done: number, total: number, file: string, item: ImportItem) => void;
  /** Cancels the batch: nothing more is stored; the report lists only the files settled before. */
  signal?: AbortSignal;
  /** Per-file extraction time limit (default 20 s). */
  timeoutMs?: number;
  /** Worker threads (default: cores − 1, at least 1). */
  workers?: number;
  /** Called when a file's turn comes (read, then extracted), for a "now importing …" line. */
  onFileStarted?: (file: string) => void;
  /** Store near-duplicates as new articles instead of reporting them (default false). */
  keepNearDuplicates?: boolean;
  /** Receives what a near-duplicate would store, so that "Keep both" can store it later. */
  onNearDuplicate?: (item: ImportItem, held: HeldArticle) => void;
}

/** An extracted article held back as a near-duplicate, waiting for the person's decision. */
export interface HeldArticle {
  source: SourceFile;
  extracted: ExtractedArticle;
}

export interface StoreOptions {
  keepNearDuplicates?: boolean;
  canonicalUrl?: string;
  onNearDuplicate?: (item: ImportItem, held: HeldArticle) => void;
}

// Extracted articles wait a little (up to this many, or this long) before being stored, so that
// boilerplate shared by a site's articles is also learned from the ones that follow, while a slow
// import (and its progress bar) still stores articles as they come.
const LOOKAHEAD = 16;
const MAX_WAIT_MS = 150;
/** Articles stored per commit in a bulk import (when they arrive faster than MAX_WAIT_MS apart). */
const BATCH = 8;

/** Extracts one source in this thread and stores it (single files; batches use importSources). */
export async function importSource(db: Database, source: SourceFile, label = source.name, options: StoreOptions = {}): Promise<ImportItem> {
  const known = duplicateOfBytes(db, source, label);
  if (known) return known;
  try {
    return placedInStories(db, storeArticle(db, source, label, await extractors().extractArticle(source), options));
  } catch (err) {
    return rejected(label, err);
  }
}

/** Transitional: the bundled samples imported synchronously by `startCore` (no PDF, no workers). */
export function importSourceSync(db: Database, source: SourceFile, label = source.name): ImportItem {
  const known = duplicateOfBytes(db, source, label);
  if (known) return known;
  try {
    return storeArticle(db, source, label, extractors().extractArticleSync(source));
  } catch (err) {
    return rejected(label, err);
  }
}

/** Imports a batch: reads and extracts in parallel off this thread, stores here one at a time. */
export async function importSources(db: Database, entries: readonly ImportEntry[], options: ImportOptions = {}): Promise<ImportReport> {
  const { signal, onProgress } = options;
  const total = entries.length;
  const settled: (ImportItem | undefined)[] = new Array(total);
  const waiting: { index: number; source: SourceFile; group: string; article: ExtractedArticle; since: number }[] = [];
  const boilerplate = new BatchBoilerplate();
  let done = 0;
  let next = 0;

  const finish = (index: number, item: ImportItem) => {
    if (signal?.aborted) return;
    settled[index] = item;
    done++;
    onProgress?.(done, total, item.file, item);
  };
  let timer: NodeJS.Timeout | null = null;
  const storeDue = (all = false) => {
    const now = Date.now();
    const due = () => waiting.length > 0 && (all || waiting.length > LOOKAHEAD || now - waiting[0]!.since >= MAX_WAIT_MS);
    if (!signal?.aborted && (all || waiting.length >= LOOKAHEAD + BATCH || (waiting.length > 0 && now - waiting[0]!.since >= MAX_WAIT_MS))) {
      // Each article is still its own savepoint (stored whole or not at all); one commit per batch
      // spares a commit per article. Nothing else runs on this thread before the commit, so no reader
      // can see a reported article missing; a cancel from a progress callback stops the batch there.
      db.transaction(() => {
        while (!signal?.aborted && due()) {
          const w = waiting.shift()!;
          const entry = entries[w.index]!;
          finish(w.index, storeArticle(db, w.source, entry.label, boilerplate.clean(w.group, w.article), { ...options, canonicalUrl: entry.canonicalUrl }));
        }
      })();
    }
    if (waiting.length > 0 && !timer && !all) {
      timer = setTimeout(() => {
        timer = null;
        storeDue();
      }, MAX_WAIT_MS);
    }
  };

  const pool = createExtractionPool({ size: options.workers, timeoutMs: options.timeoutMs });
  // One lane more than workers, so the next file is read and hashed while the workers parse.
  const lane = async () => {
    while (next < total && !signal?.aborted) {
      const index = next++;
      const entry = entries[index]!;
      options.onFileStarted?.(entry.label);
      const outcome = await readAndExtract(db, pool, entry, signal);
      if (signal?.aborted) return;
      if ('status' in outcome) {
        finish(index, outcome);
        continue;
      }
      const group = boilerplateGroup(outcome.article, entry.group);
      boilerplate.observe(group, outcome.article);
      waiting.push({ index, source: outcome.source, group, article: outcome.article, since: Date.now() });
      storeDue();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(total, pool.size + 1) }, lane));
    storeDue(true);
  } finally {
    if (timer) clearTimeout(timer);
    await pool.close();
    // Stories are placed after the batch, in the background (see story-updates.ts).
    if (settled.some((item) => item?.status === 'imported')) void scheduleStoryUpdate(db);
  }
  return summarise(settled.filter((item): item is ImportItem => item !== undefined));
}

async function readAndExtract(
  db: Database,
  pool: ExtractionPool,
  entry: ImportEntry,
  signal: AbortSignal | undefined,
): Promise<ImportItem | { source: SourceFile; article: ExtractedArticle }> {
  try {
    const source = await entry.read();
    return duplicateOfBytes(db, source, entry.label) ?? { source, article: await pool.extract(source, signal) };
  } catch (err) {
    return rejected(entry.label, err);
  }
}

/** The same bytes were imported before: no need to read them again. */
function duplicateOfBytes(db: Database, source: SourceFile, label: string): ImportItem | null {
  const id = findArticleIdByOriginalHash(db, sha256(source.bytes));
  return id === null ? null : duplicate(db, label, id);
}

/** Stores an extracted article (synchronously, one transaction), or finds its text already stored. */
export function storeArticle(
  db: Database,
  source: SourceFile,
  label: string,
  extracted: ExtractedArticle,
  options: StoreOptions = {},
): ImportItem {
  if (options.canonicalUrl) extracted = { ...extracted, metadata: { ...extracted.metadata, url: options.canonicalUrl } };
  const body = blocksToText(extracted.blocks);
  if (!body.trim()) return rejected(label, new ParallaxError('NOT_AN_ARTICLE', 'not an article: no readable text'));
  const originalHash = sha256(source.bytes);
  const contentHash = sha256(new TextEncoder().encode(normaliseForHash(body)));
  try {
    return db.transaction((): ImportItem => {
      const existing = findArticleIdByOriginalHash(db, originalHash) ?? findArticleIdByContentHash(db, contentHash);
      if (existing !== null) return duplicate(db, label, existing);
      const version = options.keepNearDuplicates ? null : importAsVersion(db, { label, source, extracted, contentHash, originalHash });
      if (version) return version;
      const check = options.keepNearDuplicates ? null : checkNearDuplicate(db, body);
      const near = check?.near;
      if (near) {
        const item = nearDuplicate(db, label, extracted, near);
        options.onNearDuplicate?.(item, { source, extracted });
        return item;
      }
      const m = extracted.metadata;
      const id = insertArticle(db, {
        title: m.title,
        subtitle: extracted.subtitle,
        authors: m.authors,
        outlet: m.outlet,
        publishedAt: m.publishedAt,
        url: m.url,
        language: m.language,
        blocks: extracted.blocks,
        body,
        wordCount: countWords(body),
        contentHash,
        sourceName: source.name,
        sourceFormat: extracted.format,
        original: source.bytes,
        originalHash,
      });
      linkArticleOutlet(db, id);
      // Last in the transaction, so the near-duplicate cache knows nothing changed after this insert.
      check?.stored(id, contentHash);
      return { file: label, status: 'imported', id, title: m.title };
    })();
  } catch (err) {
    return rejected(label, new ParallaxError('LIBRARY_ERROR', `could not be stored: ${(err as Error).message}`));
  }
}

export function summarise(results: ImportItem[]): ImportReport {
  const count = (s: ImportItem['status']) => results.filter((r) => r.status === s).length;
  const near = count('near-duplicate');
  return {
    results,
    imported: count('imported'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    ...(near ? { nearDuplicates: near } : {}),
  };
}

function duplicate(db: Database, label: string, id: number): ImportItem {
  const title = getArticle(db, id).title;
  return { file: label, status: 'duplicate', id, title, reason: `already in the library as article ${id}` };
}

function nearDuplicate(db: Database, label: string, extracted: ExtractedArticle, near: { id: number; similarity: number }): ImportItem {
  const existing = getArticle(db, near.id).title;
  const percent = Math.round(near.similarity * 100);
  return {
    file: label,
    status: 'near-duplicate',
    id: near.id,
    title: extracted.metadata.title,
    reason: `${percent}% the same text as article ${near.id}${existing ? ` ("${existing}")` : ''}`,
  };
}

/** Schedules story placement for a newly stored article (never in the import's way). */
export function placedInStories(db: Database, item: ImportItem): ImportItem {
  if (item.status === 'imported') void scheduleStoryUpdate(db);
  return item;
}

function rejected(label: string, err: unknown): ImportItem {
  const e = toApiError(err);
  return { file: label, status: 'rejected', code: e.code, reason: e.message };
}

function normaliseForHash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
