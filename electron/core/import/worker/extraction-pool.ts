// Runs extraction in a few worker threads so parsing never blocks the thread that serves the UI. Each
// file has a deadline: a worker that overruns it (or crashes) is terminated and replaced, and only that
// file is rejected. Cancelling a file's signal drops it from the queue or stops its worker.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorCode, ParallaxError } from '../../../../shared/errors';
import type { ExtractedArticle, SourceFile } from '../types';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

export const DEFAULT_FILE_TIMEOUT_MS = 20_000;

export interface ExtractionPoolOptions {
  /** Worker threads; default: one fewer than the cores, at least one. */
  size?: number;
  /** Per-file time limit, from the moment a worker starts on it. */
  timeoutMs?: number;
}

export interface ExtractionPool {
  readonly size: number;
  extract(file: SourceFile, signal?: AbortSignal): Promise<ExtractedArticle>;
  /** Stops all workers; queued and running files are rejected. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  file: SourceFile;
  resolve(article: ExtractedArticle): void;
  reject(err: unknown): void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Slot {
  worker: Worker | null;
  /** The worker has loaded its modules and can take a file. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

// Compiled, this module is .js next to extract-worker.js; under tsx (tests, bench) it is .ts and the
// worker needs tsx too. On Node 20 `--import tsx` comes too late for a worker's .ts entry file
// (ERR_UNKNOWN_FILE_EXTENSION); tsx's CommonJS hook, which matches our CommonJS output, does not.
const EXT = path.extname(__filename);
const WORKER_FILE = path.join(__dirname, `extract-worker${EXT}`);
const WORKER_EXEC_ARGV = EXT === '.ts' ? ['--require', 'tsx/cjs'] : [];
// A hostile file may try to exhaust memory; the worker dies alone, with a clear verdict for the file.
const WORKER_HEAP_MB = 2048;

export function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const size = Math.max(1, options.size ?? defaultPoolSize());
  const timeoutMs = options.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, ready: false, task: null, timer: null }));
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot): Task | null => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    if (task?.onAbort) task.signal?.removeEventListener('abort', task.onAbort);
    return task;
  };

  const kill = (slot: Slot): void => {
    const worker = slot.worker;
    slot.worker = null;
    slot.ready = false;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
    }
  };

  const fail = (slot: Slot, err: unknown): void => {
    const task = settle(slot);
    kill(slot);
    task?.reject(err);
    pump();
  };

  const startWorker = (slot: Slot): Worker => {
    const worker = new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.on('message', (res: ExtractResponse) => {
      if ('ready' in res) {
        slot.ready = true;
        if (slot.task) begin(slot, slot.task);
        return;
      }
      if (slot.task?.id !== res.id) return;
      const task = settle(slot)!;
      if (res.ok) task.resolve(res.article);
      else task.reject(new ParallaxError(asCode(res.error.code), res.error.message));
      pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'ran out of memory reading this file' : 'the reader crashed on this file';
      fail(slot, new ParallaxError('DECODE_FAILED', reason));
    });
    worker.on('exit', () => {
      if (slot.worker === worker) fail(slot, new ParallaxError('DECODE_FAILED', 'the reader stopped unexpectedly on this file'));
    });
    worker.unref(); // an idle pool never keeps the process alive
    return worker;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (closed || slot.task || queue.length === 0) continue;
      const task = queue.shift()!;
      slot.task = task;
      task.onAbort = () => fail(slot, abortError());
      task.signal?.addEventListener('abort', task.onAbort, { once: true });
      slot.worker ??= startWorker(slot);
      slot.worker.ref();
      if (slot.ready) begin(slot, task);
    }
    for (const slot of slots) if (!slot.task) slot.worker?.unref();
  };

  const begin = (slot: Slot, task: Task): void => {
    slot.timer = setTimeout(() => {
      fail(slot, new ParallaxError('DECODE_FAILED', `took too long to read (more than ${Math.round(timeoutMs / 1000)} s); the file may be damaged`));
    }, timeoutMs);
    slot.worker!.postMessage({ id: task.id, name: task.file.name, bytes: task.file.bytes } satisfies ExtractRequest);
  };

  return {
    size,
    extract(file, signal) {
      if (closed) return Promise.reject(new ParallaxError('INTERNAL', 'the extraction pool is closed'));
      if (signal?.aborted) return Promise.reject(abortError());
      return new Promise<ExtractedArticle>((resolve, reject) => {
        const task: Task = { id: nextId++, file, resolve, reject, signal };
        // While queued, cancelling just removes the file from the queue.
        const dequeue = () => {
          const at = queue.indexOf(task);
          if (at !== -1) {
            queue.splice(at, 1);
            reject(abortError());
          }
        };
        signal?.addEventListener('abort', dequeue, { once: true });
        const settleWith =
          <T>(fn: (v: T) => void) =>
          (v: T) => {
            signal?.removeEventListener('abort', dequeue);
            fn(v);
          };
        task.resolve = settleWith(resolve);
        task.reject = settleWith(reject);
        queue.push(task);
        pump();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(abortError());
      await Promise.all(
        slots.map(async (slot) => {
          const task = settle(slot);
          const worker = slot.worker;
          slot.worker = null;
          slot.ready = false;
          task?.reject(abortError());
          if (worker) {
            worker.removeAllListeners();
            worker.on('error', () => undefined);
            await worker.terminate();
          }
        }),
      );
    },
  };
}

function abortError(): Error {
  return new DOMException('The import was cancelled', 'AbortError');
}

function asCode(code: string): ErrorCode {
  const parsed = ErrorCode.safeParse(code);
  return parsed.success ? parsed.data : 'INTERNAL';
}
