// Import jobs: an import runs in the background (extraction in worker threads) while the UI polls
// its progress; articles are stored as they arrive, so a cancel keeps everything stored so far.
import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ImportItem } from '../../../shared/domain';
import { ParallaxError } from '../../../shared/errors';
import type { ImportJob } from '../../../shared/import-jobs';
import { getArticle } from '../library/articles';
import { importSources, placedInStories, storeArticle, type HeldArticle, type ImportEntry } from '../library/import-into-library';

/** Finished jobs kept for polling; the oldest finished ones are forgotten first. */
const KEPT_JOBS = 50;

export interface ImportJobs {
  /** Starts a job on `entries`; `expectedTotal` > entries.length when more arrive with `add`. */
  start(entries: readonly ImportEntry[], options?: { expectedTotal?: number }): string;
  /** More files for a running job (later upload batches of one drop). */
  add(jobId: string, entries: readonly ImportEntry[]): void;
  get(jobId: string): ImportJob;
  cancel(jobId: string): ImportJob;
  /** "Keep both" stores the held article; "Skip" reports the file as a duplicate. */
  resolveNearDuplicate(jobId: string, file: string, keep: boolean): ImportItem;
  /** Resolves once the job has stopped working (done, or cancelled and wound down). */
  settled(jobId: string): Promise<ImportJob>;
}

export interface ImportJobOptions {
  workers?: number;
  timeoutMs?: number;
}

interface Job {
  id: string;
  state: ImportJob['state'];
  expected: number;
  received: number;
  done: number;
  currentFile: string | null;
  results: ImportItem[];
  error?: string;
  queue: ImportEntry[][];
  held: Map<string, HeldArticle>;
  controller: AbortController;
  draining: Promise<void> | null;
}

const registries = new WeakMap<Database, ImportJobs>();

/** The one job registry of a library connection (the service and Electron's menu share it). */
export function importJobsFor(db: Database, options: ImportJobOptions = {}): ImportJobs {
  let jobs = registries.get(db);
  if (!jobs) registries.set(db, (jobs = createImportJobs(db, options)));
  return jobs;
}

export function createImportJobs(db: Database, options: ImportJobOptions = {}): ImportJobs {
  const jobs = new Map<string, Job>();

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new ParallaxError('NOT_FOUND', 'This import is no longer known (it finished long ago, or Parallax restarted).');
    return job;
  };

  const snapshot = (job: Job): ImportJob => ({
    jobId: job.id,
    state: job.state,
    done: job.done,
    total: Math.max(job.expected, job.received),
    currentFile: job.currentFile,
    results: [...job.results],
    ...(job.error ? { error: job.error } : {}),
  });

  const drain = async (job: Job): Promise<void> => {
    const { signal } = job.controller;
    try {
      while (job.queue.length && !signal.aborted) {
        await importSources(db, job.queue.shift()!, {
          ...options,
          signal,
          onFileStarted: (file) => void (job.currentFile = file),
          onProgress: (_done, _total, _file, item) => {
            job.results.push(item);
            job.done++;
          },
          onNearDuplicate: (item, held) => void job.held.set(item.file, held),
        });
      }
    } catch (err) {
      job.error = `The import stopped: ${(err as Error).message}. Articles stored before stay in the library.`;
      job.state = 'done';
    } finally {
      job.currentFile = null;
      job.draining = null;
      if (job.state === 'running' && (signal.aborted || job.received >= job.expected)) job.state = signal.aborted ? 'cancelled' : 'done';
    }
  };

  const kick = (job: Job) => {
    if (!job.draining) job.draining = drain(job);
  };

  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => j.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, jobs.size - KEPT_JOBS))) jobs.delete(job.id);
  };

  return {
    start(entries, { expectedTotal } = {}) {
      forgetOld();
      const job: Job = {
        id: crypto.randomUUID(),
        state: 'running',
        expected: Math.max(expectedTotal ?? 0, entries.length),
        received: entries.length,
        done: 0,
        currentFile: null,
        results: [],
        queue: entries.length ? [[...entries]] : [],
        held: new Map(),
        controller: new AbortController(),
        draining: null,
      };
      jobs.set(job.id, job);
      if (job.expected === 0) job.state = 'done';
      else kick(job);
      return job.id;
    },
    add(jobId, entries) {
      const job = find(jobId);
      if (job.state === 'cancelled') throw new ParallaxError('INVALID_INPUT', 'This import was cancelled; start a new one.');
      if (job.state === 'done') job.state = 'running';
      job.queue.push([...entries]);
      job.received += entries.length;
      kick(job);
    },
    get: (jobId) => snapshot(find(jobId)),
    cancel(jobId) {
      const job = find(jobId);
      if (job.state === 'running') {
        job.controller.abort();
        job.queue.length = 0;
        job.state = 'cancelled';
      }
      return snapshot(job);
    },
    resolveNearDuplicate(jobId, file, keep) {
      const job = find(jobId);
      const index = job.results.findIndex((r) => r.file === file && r.status === 'near-duplicate');
      const held = job.held.get(file);
      if (index < 0 || !held) throw new ParallaxError('NOT_FOUND', `${file} is not waiting for a decision.`);
      const near = job.results[index]!;
      const item: ImportItem = keep
        ? placedInStories(db, storeArticle(db, held.source, file, held.extracted, { keepNearDuplicates: true }))
        : skipped(db, near);
      job.results[index] = item;
      job.held.delete(file);
      return item;
    },
    async settled(jobId) {
      const job = find(jobId);
      while (job.draining) await job.draining;
      return snapshot(job);
    },
  };
}

function skipped(db: Database, near: ImportItem): ImportItem {
  const id = near.id!;
  let title: string | null = near.title ?? null;
  try {
    title = getArticle(db, id).title;
  } catch {
    // The article it resembled was deleted meanwhile: the report still says what was skipped.
  }
  return { file: near.file, status: 'duplicate', id, title, reason: `skipped: nearly the same text as article ${id}` };
}
