// An article's versions, fetched when the article (or its text) changes; null while unknown.
import { useEffect, useState } from 'react';
import type { ArticleVersions } from '../../../shared/versions';
import { useApi } from '../api/api-context';

export function useArticleVersions(articleId: number, textKey: string): ArticleVersions | null {
  const api = useApi();
  const [versions, setVersions] = useState<ArticleVersions | null>(null);
  useEffect(() => {
    let live = true;
    api.articleVersions({ id: articleId }).then(
      (v) => live && setVersions(v),
      () => live && setVersions(null),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, textKey]);
  return versions;
}
