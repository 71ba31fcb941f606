// Runs compareArticles for the open columns, again whenever the open set changes; a late
// answer for an older set is dropped.
import { useEffect, useState } from 'react';
import type { Comparison } from '../../../shared/comparison';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { describeError, type ShownError } from '../api/describe-error';

export type ComparisonLoad =
  | { status: 'loading' }
  | { status: 'ready'; comparison: Comparison }
  | { status: 'failed'; error: ShownError };

export function useComparison(ids: readonly ArticleId[]) {
  const api = useApi();
  const [load, setLoad] = useState<ComparisonLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The ids array is a new object on every column change; its contents are what matter.
  const key = ids.join(',');

  useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    const asked = key.split(',').map(Number);
    api.compareArticles({ ids: asked }).then(
      (comparison) => current && setLoad({ status: 'ready', comparison }),
      (err: unknown) => current && setLoad({ status: 'failed', error: describeError(err) }),
    );
    return () => {
      current = false;
    };
  }, [api, key, attempt]);

  return { load, retry: () => setAttempt((n) => n + 1) };
}
