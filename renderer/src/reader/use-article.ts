// Loads one article for a reading column; `replace` takes a fresher copy (after an edit)
// without another round trip.
import { useEffect, useState } from 'react';
import type { Article, ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { describeError, type ShownError } from '../api/describe-error';
import { useNotices } from '../state/notices';

export type ArticleLoad =
  | { status: 'loading' }
  | { status: 'ready'; article: Article }
  | { status: 'failed'; error: ShownError };

export function useArticle(id: ArticleId) {
  const api = useApi();
  const { reportError } = useNotices();
  const [load, setLoad] = useState<ArticleLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoad({ status: 'loading' });
    api.getArticle({ id }).then(
      (article) => current && setLoad({ status: 'ready', article }),
      (err: unknown) => {
        if (!current) return;
        setLoad({ status: 'failed', error: describeError(err) });
        reportError(err);
      },
    );
    return () => {
      current = false;
    };
  }, [api, reportError, id, attempt]);

  return {
    load,
    replace: (article: Article) => setLoad({ status: 'ready', article }),
    retry: () => setAttempt((n) => n + 1),
  };
}
