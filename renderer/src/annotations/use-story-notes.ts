// Notes made on other articles of the same story that match sentences of this one, loaded with
// the article, again whenever its text changes (a re-clean), and when annotations change in
// another column.
import { useEffect, useState } from 'react';
import type { StoryNote } from '../../../shared/annotations';
import type { Article } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { onAnnotationsChanged } from './annotation-changes';

export function useStoryNotes(article: Article): StoryNote[] {
  const api = useApi();
  const { reportError } = useNotices();
  const [notes, setNotes] = useState<StoryNote[]>([]);
  const [changes, setChanges] = useState(0);
  const { id, blocks } = article;
  useEffect(() => onAnnotationsChanged((changed) => changed !== id && setChanges((n) => n + 1)), [id]);
  useEffect(() => {
    let current = true;
    api.listStoryNotes({ articleId: id }).then(
      (loaded) => current && setNotes(loaded),
      (err: unknown) => current && reportError(err),
    );
    return () => {
      current = false;
    };
  }, [api, reportError, id, blocks, changes]);
  return notes;
}
