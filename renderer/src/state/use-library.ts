// The library list: loaded once at start, reloaded after anything that changes articles.
// `version` lets other views (search) know the library changed under them.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from './notices';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface Library {
  articles: readonly ArticleSummary[];
  status: LoadStatus;
  version: number;
  refresh: () => void;
}

export function useLibrary(): Library {
  const api = useApi();
  const { reportError } = useNotices();
  const [articles, setArticles] = useState<readonly ArticleSummary[]>([]);
  const [status, setStatus] = useState<LoadStatus>('loading');
  const [version, setVersion] = useState(0);
  const latestRequest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const list = await api.listArticles({});
      if (request !== latestRequest.current) return;
      setArticles(list);
      setStatus('ready');
      setVersion((v) => v + 1);
    } catch (err) {
      if (request !== latestRequest.current) return;
      setStatus((s) => (s === 'ready' ? s : 'failed'));
      reportError(err);
    } finally {
      // The e2e tests wait for this instead of sleeping.
      document.documentElement.dataset.appReady = 'true';
    }
  }, [api, reportError]);

  useEffect(() => {
    void load();
  }, [load]);

  return { articles, status, version, refresh: () => void load() };
}
