// Comparison speed: the five sample articles (target ≤ 300 ms) and twenty generated ~1,000-word
// articles recombined from sample sentences with a seeded PRNG (target ≤ 2 s). Medians of several runs,
// in this thread (the pure function, with its CPU time) and as the app runs it: a job in the worker
// thread, timed to the first partial result (the first section with findings) and to the whole.
import { compareArticles } from '../../electron/core/compare/compare-articles';
import { createComparisonJobs, type ComparisonJobs } from '../../electron/core/compare/compare-jobs';
import { createComparisonRunner } from '../../electron/core/compare/worker/compare-runner';
import { toCompareDoc, type ComparableArticle } from '../../electron/core/compare/compare-doc';
import { loadSampleArticles } from '../../electron/core/compare/fixtures/sample-articles';
import { countWords } from '../../shared/text';
import { seededRandom } from '../../electron/testing/seeded-random';

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const runs = quick ? 3 : 7;
  const samples = loadSampleArticles();
  const coldStart = performance.now();
  compareArticles(samples);
  const coldMs = performance.now() - coldStart;
  const sampleCpu = process.cpuUsage();
  const sampleMs = median(times(runs, () => compareArticles(samples)));
  const sampleCpuMs = cpuMsSince(sampleCpu) / runs;

  const generated = generateArticles(samples, 20, 1000, 20240615);
  const words = generated.map((a) => countWords(a.blocks.map((b) => b.text).join(' ')));
  let last = compareArticles(generated);
  const generatedCpu = process.cpuUsage();
  const generatedMs = median(times(runs, () => (last = compareArticles(generated))));
  const generatedCpuMs = cpuMsSince(generatedCpu) / runs;

  // As the app runs it: a job in the worker thread, polled for sections.
  const runner = createComparisonRunner();
  const jobs = createComparisonJobs(runner);
  let worker: Record<string, unknown>;
  try {
    const cold = await timeJob(jobs, samples);
    const sampleJobs: JobTimes[] = [];
    for (let i = 0; i < runs; i++) sampleJobs.push(await timeJob(jobs, samples));
    const generatedJobs: JobTimes[] = [];
    for (let i = 0; i < runs; i++) generatedJobs.push(await timeJob(jobs, generated));
    worker = {
      coldStart: cold,
      samples: summarise(sampleJobs),
      generated: summarise(generatedJobs),
    };
  } finally {
    await runner.close();
  }
  return {
    runs,
    samples: {
      articles: samples.length,
      coldMs: round(coldMs),
      medianMs: round(sampleMs),
      cpuMsPerRun: round(sampleCpuMs),
      targetMs: 300,
      withinTarget: sampleMs <= 300,
    },
    generated: {
      articles: generated.length,
      meanWords: Math.round(words.reduce((s, w) => s + w, 0) / words.length),
      medianMs: round(generatedMs),
      cpuMsPerRun: round(generatedCpuMs),
      targetMs: 2000,
      withinTarget: generatedMs <= 2000,
      sharedClaims: last.sharedClaims.length,
      entities: last.entities.length,
      quotes: last.quotes.length,
    },
    worker,
  };
}

interface JobTimes {
  /** The `articles` section: the pane can name the sources. */
  firstPartMs: number;
  /** The first section with findings (figures, then shared claims…). */
  firstFindingsMs: number;
  /** Shared claims, the section a reader looks at first. */
  sharedClaimsMs: number;
  doneMs: number;
}

/** Times one comparison job, polling it as the pane does (but every millisecond). */
async function timeJob(jobs: ComparisonJobs, articles: ComparableArticle[]): Promise<JobTimes> {
  const start = performance.now();
  const id = jobs.start(articles);
  let firstPartMs = NaN;
  let firstFindingsMs = NaN;
  let sharedClaimsMs = NaN;
  for (;;) {
    const job = jobs.get(id, ['articles', 'sharedClaims', 'uniqueStatements', 'quotes', 'entities', 'figures', 'figureDiscrepancies', 'timeline', 'coverage']);
    const now = performance.now() - start;
    if (Number.isNaN(firstPartMs) && job.ready.length >= 1) firstPartMs = now;
    if (Number.isNaN(firstFindingsMs) && job.ready.length >= 2) firstFindingsMs = now;
    if (Number.isNaN(sharedClaimsMs) && job.ready.includes('sharedClaims')) sharedClaimsMs = now;
    if (job.state !== 'running') {
      if (job.state !== 'done') throw new Error(`comparison job ${job.state}: ${job.error?.message ?? ''}`);
      return { firstPartMs: round(firstPartMs), firstFindingsMs: round(firstFindingsMs), sharedClaimsMs: round(sharedClaimsMs), doneMs: round(now) };
    }
    await new Promise((r) => setTimeout(r, 1));
  }
}

function summarise(list: JobTimes[]): JobTimes {
  return {
    firstPartMs: round(median(list.map((t) => t.firstPartMs))),
    firstFindingsMs: round(median(list.map((t) => t.firstFindingsMs))),
    sharedClaimsMs: round(median(list.map((t) => t.sharedClaimsMs))),
    doneMs: round(median(list.map((t) => t.doneMs))),
  };
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Articles of about `words` words, each paragraph a run of consecutive sample sentences. */
function generateArticles(samples: ComparableArticle[], count: number, words: number, seed: number): ComparableArticle[] {
  const sentences = samples.flatMap((a) => toCompareDoc(a).sentences.map((s) => s.text));
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      const start = Math.floor(random() * sentences.length);
      const length = 1 + Math.floor(random() * 4);
      const paragraph = sentences.slice(start, start + length).join(' ');
      paragraphs.push(paragraph);
      total += countWords(paragraph);
    }
    return { id: i + 1, title: `Generated ${i + 1}`, outlet: null, publishedAt: null, blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
  });
}


function times(n: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
