// The extraction pool: same result as extracting in this thread, a per-file deadline that terminates
// a stalled worker without harming the next file, cancellation, and errors carried back as values.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { ParallaxError } from '../../../../shared/errors';
import { extractArticle } from '../extract-article';
import { makePdf } from '../fixtures/make-pdf';
import { createExtractionPool } from './extraction-pool';

const ARTICLE = 'Beijing and Moscow signed a thirty-year agreement on Friday to supply natural gas through a new pipeline. Officials on both sides described it as a turning point for their partnership, and analysts agreed.';
const utf8 = (text: string) => new TextEncoder().encode(text);
// Many megabytes of paragraphs: seconds of parsing, far past a 100 ms deadline.
const slowHtml = () => utf8(`<html><body>${`<div><p>${ARTICLE}</p></div>`.repeat(60_000)}</body></html>`);

describe('extraction pool', () => {
  const pool = createExtractionPool({ size: 2, timeoutMs: 20_000 });
  after(() => pool.close());

  it('extracts text, HTML and PDF in workers exactly as in this thread', async () => {
    const files = [
      { name: 'a.txt', bytes: utf8(`A headline for the test\n\n${ARTICLE}`) },
      { name: 'b.html', bytes: utf8(`<html><head><title>Gas deal</title></head><body><p>${ARTICLE}</p></body></html>`) },
      { name: 'c.pdf', bytes: makePdf({ pages: [{ lines: [ARTICLE.slice(0, 100), ARTICLE.slice(100)] }] }) },
    ];
    const inWorkers = await Promise.all(files.map((f) => pool.extract(f)));
    for (const [i, f] of files.entries()) assert.deepEqual(inWorkers[i], await extractArticle(f));
  });

  it('returns errors as ParallaxError values with their code', async () => {
    await assert.rejects(pool.extract({ name: 'empty.txt', bytes: new Uint8Array(0) }), (e: unknown) => e instanceof ParallaxError && e.code === 'NOT_AN_ARTICLE' && e.message === 'not an article: empty file');
  });

  it('terminates a worker that overruns the deadline, rejects that file, and carries on', async () => {
    const strict = createExtractionPool({ size: 1, timeoutMs: 100 });
    try {
      const started = Date.now();
      await assert.rejects(strict.extract({ name: 'slow.html', bytes: slowHtml() }), (e: unknown) => {
        assert.ok(e instanceof ParallaxError);
        assert.equal(e.code, 'DECODE_FAILED');
        assert.match(e.message, /^took too long to read/);
        return true;
      });
      assert.ok(Date.now() - started < 5_000, 'rejected at the deadline, not when parsing ends');
      const next = await strict.extract({ name: 'a.txt', bytes: utf8(ARTICLE) });
      assert.equal(next.format, 'txt');
    } finally {
      await strict.close();
    }
  });

  it('cancels a queued file and a running one', async () => {
    const single = createExtractionPool({ size: 1 });
    try {
      const running = new AbortController();
      const queued = new AbortController();
      const slow = single.extract({ name: 'slow.html', bytes: slowHtml() }, running.signal);
      const waiting = single.extract({ name: 'a.txt', bytes: utf8(ARTICLE) }, queued.signal);
      queued.abort();
      await assert.rejects(waiting, { name: 'AbortError' });
      setTimeout(() => running.abort(), 50);
      await assert.rejects(slow, { name: 'AbortError' });
      assert.equal((await single.extract({ name: 'a.txt', bytes: utf8(ARTICLE) })).format, 'txt');
    } finally {
      await single.close();
    }
  });
});
