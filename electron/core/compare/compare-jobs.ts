// Comparison jobs: a comparison runs in the worker thread while the UI polls it; each section is
// kept as it arrives, so the pane can show shared claims while entities are still being found.
import crypto from 'node:crypto';
import { ParallaxError, toApiError, type ApiError } from '../../../shared/errors';
import { ComparisonSection, type Comparison, type ComparisonJob } from '../../../shared/comparison';
import type { ComparableArticle } from './compare-doc';
import { assembleComparison, type ComparisonPart } from './comparison-parts';
import type { FrequencyTable } from './library-frequencies';
import { comparisonRunner, type ComparisonRunner } from './worker/compare-runner';

/** Finished jobs kept for polling; the oldest finished ones are forgotten first. */
const KEPT_JOBS = 20;
const SECTIONS = ComparisonSection.options;

export interface ComparisonJobs {
  start(articles: ComparableArticle[], frequencies?: FrequencyTable): string;
  get(jobId: string, known?: readonly ComparisonSection[]): ComparisonJob;
  cancel(jobId: string): ComparisonJob;
  /** The whole comparison once the job is done; rejects as the job failed. */
  result(jobId: string): Promise<Comparison>;
}

interface Job {
  id: string;
  state: ComparisonJob['state'];
  part: ComparisonPart;
  ready: ComparisonSection[];
  error?: ApiError;
  cancel(): void;
  finished: Promise<void>;
}

export function createComparisonJobs(runner: ComparisonRunner = comparisonRunner()): ComparisonJobs {
  const jobs = new Map<string, Job>();

  const find = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new ParallaxError('NOT_FOUND', 'This comparison is no longer known (it finished long ago, or Parallax restarted).');
    return job;
  };

  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => j.state !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) jobs.delete(j.id);
  };

  const snapshot = (job: Job, known: readonly ComparisonSection[] = []): ComparisonJob => {
    const comparison: ComparisonPart = {};
    for (const key of job.ready) if (!known.includes(key)) Object.assign(comparison, { [key]: job.part[key] });
    return { jobId: job.id, state: job.state, comparison, ready: [...job.ready], total: SECTIONS.length, ...(job.error ? { error: job.error } : {}) };
  };

  return {
    start(articles, frequencies) {
      const id = crypto.randomUUID();
      const job = { id, state: 'running', part: {}, ready: [] } as unknown as Job;
      const run = runner.run(articles, frequencies, (part) => {
        Object.assign(job.part, part);
        for (const key of SECTIONS) if (key in part && !job.ready.includes(key)) job.ready.push(key);
      });
      job.cancel = run.cancel;
      job.finished = run.finished.then(
        () => {
          job.state = 'done';
        },
        (err: unknown) => {
          if (job.state === 'cancelled') return;
          job.state = 'failed';
          job.error = toApiError(err);
        },
      );
      void job.finished.then(forgetOld);
      jobs.set(id, job);
      return id;
    },
    get(jobId, known) {
      return snapshot(find(jobId), known);
    },
    cancel(jobId) {
      const job = find(jobId);
      if (job.state === 'running') {
        job.state = 'cancelled';
        job.cancel();
      }
      return snapshot(job);
    },
    async result(jobId) {
      const job = find(jobId);
      await job.finished;
      if (job.state === 'done') return assembleComparison(job.part);
      if (job.error) throw new ParallaxError(job.error.code, job.error.message);
      throw new ParallaxError('INTERNAL', 'The comparison was cancelled.');
    },
  };
}
