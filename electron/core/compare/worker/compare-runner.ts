// Runs comparisons in one worker thread, so a 20-article comparison never blocks the thread that
// answers the UI (Electron main, `parallax serve`). Sections arrive as each stage completes. The
// worker is started on first use, kept for the next comparison (its NLP libraries stay loaded),
// and never keeps the process alive while idle; if it crashes, only the running comparison fails.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ErrorCode, ParallaxError } from '../../../../shared/errors';
import type { ComparableArticle } from '../compare-doc';
import type { ComparisonPart } from '../comparison-parts';
import type { FrequencyTable } from '../library-frequencies';
import type { CompareRequest, CompareResponse } from './compare-messages';

export interface ComparisonRun {
  /** Resolves when every section has arrived; rejects with a ParallaxError, or on cancel. */
  finished: Promise<void>;
  cancel(): void;
}

export interface ComparisonRunner {
  run(articles: ComparableArticle[], frequencies: FrequencyTable | undefined, onPart: (part: ComparisonPart) => void): ComparisonRun;
  close(): Promise<void>;
}

interface Task {
  onPart(part: ComparisonPart): void;
  resolve(): void;
  reject(err: unknown): void;
}

// Compiled, this module is .js next to compare-worker.js; under tsx (tests, bench) the worker needs
// tsx's CommonJS hook, as the import extraction pool does.
const EXT = path.extname(__filename);
const WORKER_FILE = path.join(__dirname, `compare-worker${EXT}`);
const WORKER_EXEC_ARGV = EXT === '.ts' ? ['--require', 'tsx/cjs'] : [];

export function createComparisonRunner(): ComparisonRunner {
  let worker: Worker | null = null;
  const tasks = new Map<number, Task>();
  let nextId = 1;

  const settleAll = (err: unknown) => {
    for (const task of tasks.values()) task.reject(err);
    tasks.clear();
  };

  const start = (): Worker => {
    const w = new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV });
    w.on('message', (res: CompareResponse) => {
      if ('ready' in res) return;
      const task = tasks.get(res.id);
      if (!task) return;
      if ('part' in res) task.onPart(res.part);
      else {
        tasks.delete(res.id);
        if ('done' in res) task.resolve();
        else task.reject(new ParallaxError(asCode(res.error.code), res.error.message));
        if (!tasks.size) w.unref();
      }
    });
    w.on('error', (err: Error & { code?: string }) => {
      const reason = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the comparison ran out of memory' : 'the comparison stopped unexpectedly';
      if (worker === w) worker = null;
      settleAll(new ParallaxError('INTERNAL', reason));
    });
    w.on('exit', () => {
      if (worker !== w) return;
      worker = null;
      settleAll(new ParallaxError('INTERNAL', 'the comparison stopped unexpectedly'));
    });
    return w;
  };

  return {
    run(articles, frequencies, onPart) {
      const id = nextId++;
      let cancel = () => undefined as void;
      const finished = new Promise<void>((resolve, reject) => {
        tasks.set(id, { onPart, resolve, reject });
        worker ??= start();
        worker.ref();
        worker.postMessage({ type: 'compare', id, articles, frequencies } satisfies CompareRequest);
        cancel = () => {
          if (!tasks.delete(id)) return;
          worker?.postMessage({ type: 'cancel', id } satisfies CompareRequest);
          if (!tasks.size) worker?.unref();
          reject(new DOMException('The comparison was cancelled', 'AbortError'));
        };
      });
      return { finished, cancel: () => cancel() };
    },
    async close() {
      const w = worker;
      worker = null;
      settleAll(new DOMException('The comparison was cancelled', 'AbortError'));
      if (w) {
        w.removeAllListeners();
        w.on('error', () => undefined);
        await w.terminate();
      }
    },
  };
}

function asCode(code: string): ErrorCode {
  const parsed = ErrorCode.safeParse(code);
  return parsed.success ? parsed.data : 'INTERNAL';
}

let shared: ComparisonRunner | null = null;

/** The process's one comparison runner (one worker thread, shared by every library and transport). */
export function comparisonRunner(): ComparisonRunner {
  return (shared ??= createComparisonRunner());
}
