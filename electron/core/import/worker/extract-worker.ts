// Worker-thread entry of the extraction pool: receives one file at a time, answers with the extracted
// article or the error as a value. A file that crashes or stalls this thread costs only this thread.
import { parentPort } from 'node:worker_threads';
import { ParallaxError } from '../../../../shared/errors';
import { extractArticle } from '../extract-article';
import type { ExtractRequest, ExtractResponse } from './extract-messages';

const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

// The pool starts a file's deadline only after this, so loading the parsers is not counted against it.
port.postMessage({ ready: true } satisfies ExtractResponse);

port.on('message', (req: ExtractRequest) => {
  extractArticle({ name: req.name, bytes: req.bytes }).then(
    (article) => port.postMessage({ id: req.id, ok: true, article } satisfies ExtractResponse),
    (err: unknown) => port.postMessage({ id: req.id, ok: false, error: describe(err) } satisfies ExtractResponse),
  );
});

function describe(err: unknown): { code: string; message: string } {
  if (err instanceof ParallaxError) return err.toJSON();
  // A bug in a parser on a strange file: name the failure, never pass a stack trace on to the user.
  const detail = String((err as Error | null)?.message ?? err).replace(/\s+/g, ' ').slice(0, 160);
  return { code: 'INTERNAL', message: `the importer failed on this file (${detail})` };
}
