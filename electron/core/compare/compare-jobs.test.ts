// Comparison jobs on the real worker thread: sections arrive one by one while the job runs, the
// finished job equals the pure comparison, the calling thread stays free, and cancel stops it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Comparison, ComparisonJob, type ComparisonSection } from '../../../shared/comparison';
import { ParallaxError } from '../../../shared/errors';
import { compareArticles } from './compare-articles';
import { createComparisonJobs } from './compare-jobs';
import type { ComparableArticle } from './compare-doc';
import { loadSampleArticles } from './fixtures/sample-articles';
import { frequenciesFromTable } from './library-frequencies';
import { createComparisonRunner } from './worker/compare-runner';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Twenty articles of sample paragraphs, each a different mix, so the comparison has real work. */
function twentyArticles(): ComparableArticle[] {
  const blocks = loadSampleArticles().flatMap((a) => a.blocks);
  return Array.from({ length: 20 }, (_, i) => ({
    id: i + 1,
    title: `Mix ${i + 1}`,
    outlet: null,
    publishedAt: null,
    blocks: blocks.filter((_, k) => (k * 7 + i) % 5 < 2),
  }));
}

test('a job streams its sections, ends equal to the pure comparison, and keeps this thread free', async () => {
  const runner = createComparisonRunner();
  try {
    const jobs = createComparisonJobs(runner);
    const samples = loadSampleArticles();
    const table = { documents: 10, frequencies: { putin: 9, xi: 8, meeting: 2 } };
    const id = jobs.start(samples, table);
    const seen: ComparisonSection[][] = [];
    const known: ComparisonSection[] = [];
    let job = jobs.get(id);
    while (job.state === 'running') {
      await sleep(2);
      job = ComparisonJob.parse(jobs.get(id, known));
      // Sections named as known are not sent again.
      for (const k of known) assert.equal(job.comparison[k], undefined);
      known.push(...job.ready.filter((k) => !known.includes(k)));
      if (seen.at(-1)?.length !== job.ready.length) seen.push([...job.ready]);
    }
    assert.equal(job.state, 'done');
    assert.equal(job.ready.length, job.total);
    assert.equal(job.ready[0], 'articles');
    assert.ok(seen.length >= 3, `sections arrived in ${seen.length} steps`);
    const whole = await jobs.result(id);
    assert.deepEqual(whole, compareArticles(samples, { library: frequenciesFromTable(table) }));
    Comparison.parse(whole);

    // Twenty articles: timers on this thread keep firing while the worker compares.
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const began = performance.now();
    const big = jobs.start(twentyArticles());
    const result = await jobs.result(big);
    const took = performance.now() - began;
    clearInterval(timer);
    assert.equal(result.articles.length, 20);
    assert.ok(gaps.length >= 5, `${gaps.length} ticks`);
    // Run here, the comparison would be one pause as long as itself; on a loaded machine the
    // scheduler alone can pause a thread for a while, so the bound is relative.
    const longest = Math.max(...gaps);
    assert.ok(longest < Math.max(100, took / 3), `longest pause of this thread ${Math.round(longest)} ms of ${Math.round(took)} ms`);
  } finally {
    await runner.close();
  }
});

test('a cancelled job stops and says so; unknown jobs are NOT_FOUND', async () => {
  const runner = createComparisonRunner();
  try {
    const jobs = createComparisonJobs(runner);
    const id = jobs.start(twentyArticles());
    const cancelled = jobs.cancel(id);
    assert.equal(cancelled.state, 'cancelled');
    await assert.rejects(jobs.result(id), (err: unknown) => err instanceof ParallaxError && /cancelled/.test(err.message));
    // The worker is free for the next comparison.
    const next = jobs.start(loadSampleArticles().slice(0, 2));
    assert.equal((await jobs.result(next)).articles.length, 2);
    assert.throws(() => jobs.get('00000000-no-such-job'), (err: unknown) => err instanceof ParallaxError && err.code === 'NOT_FOUND');
  } finally {
    await runner.close();
  }
});
