// Worker-thread entry of the comparison runner: compares one set of articles at a time and posts
// each stage's sections as soon as they are ready. Between stages it yields to its message queue,
// so a cancelled comparison stops at the next stage instead of running to the end.
import { parentPort } from 'node:worker_threads';
import { compareInStages } from '../compare-stages';
import { frequenciesFromTable } from '../library-frequencies';
import type { CompareRequest, CompareResponse } from './compare-messages';

const port = parentPort;
if (!port) throw new Error('compare-worker must run in a worker thread');

const cancelled = new Set<number>();
let queue = Promise.resolve();

port.on('message', (req: CompareRequest) => {
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  queue = queue.then(() => run(req));
});

port.postMessage({ ready: true } satisfies CompareResponse);

async function run(req: Extract<CompareRequest, { type: 'compare' }>): Promise<void> {
  const post = (res: CompareResponse) => port!.postMessage(res);
  try {
    if (cancelled.has(req.id)) return;
    const library = req.frequencies ? frequenciesFromTable(req.frequencies) : undefined;
    for (const part of compareInStages(req.articles, { library })) {
      post({ id: req.id, part });
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (cancelled.has(req.id)) return;
    }
    post({ id: req.id, done: true });
  } catch (err) {
    // A bug on a strange article: name the failure, never pass a stack trace on to the user.
    const detail = String((err as Error | null)?.message ?? err).replace(/\s+/g, ' ').slice(0, 160);
    post({ id: req.id, error: { code: 'INTERNAL', message: `the comparison failed (${detail})` } });
  } finally {
    cancelled.delete(req.id);
  }
}
