// Compares the open columns as a job in the core's worker thread and polls it, so each section of
// the pane appears as soon as it is computed. A new open set cancels the job for the old one.
import { useEffect, useState } from 'react';
import type { Comparison, ComparisonSection } from '../../../shared/comparison';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { describeError, type ShownError } from '../api/describe-error';
import { ParallaxError } from '../../../shared/errors';

export type PartialComparison = Partial<Comparison>;

export type ComparisonLoad =
  | { status: 'working'; comparison: PartialComparison }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; error: ShownError; comparison: PartialComparison };

const POLL_MS = 80;

export function useComparison(ids: readonly ArticleId[]) {
  const api = useApi();
  const [load, setLoad] = useState<ComparisonLoad>({ status: 'working', comparison: {} });
  const [attempt, setAttempt] = useState(0);
  // The ids array is a new object on every column change; its contents are what matter.
  const key = ids.join(',');

  useEffect(() => {
    let current = true;
    let jobId: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const have: PartialComparison = {};
    const known: ComparisonSection[] = [];
    setLoad({ status: 'working', comparison: {} });
    const fail = (err: unknown) => current && setLoad({ status: 'failed', error: describeError(err), comparison: { ...have } });

    const poll = async (): Promise<void> => {
      if (!current || !jobId) return;
      const job = await api.getComparisonJob({ jobId, known: [...known] });
      if (!current) return;
      Object.assign(have, job.comparison);
      for (const k of job.ready) if (!known.includes(k)) known.push(k);
      if (job.state === 'done') setLoad({ status: 'ready', comparison: have as Comparison });
      else if (job.state === 'failed') fail(new ParallaxError(job.error?.code ?? 'INTERNAL', job.error?.message ?? 'The comparison stopped.'));
      else {
        setLoad({ status: 'working', comparison: { ...have } });
        timer = setTimeout(() => void poll().catch(fail), POLL_MS);
      }
    };

    const asked = key.split(',').map(Number);
    api.startComparison({ ids: asked }).then((started) => {
      jobId = started.jobId;
      if (!current) return void api.cancelComparison({ jobId }).catch(() => undefined);
      return poll();
    }).catch(fail);
    return () => {
      current = false;
      clearTimeout(timer);
      if (jobId) void api.cancelComparison({ jobId }).catch(() => undefined);
    };
  }, [api, key, attempt]);

  return { load, retry: () => setAttempt((n) => n + 1) };
}
