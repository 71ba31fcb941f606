// Whether the Notes view is shown, and the way out of it to a passage: close the view, open the
// article in a column, then scroll to the highlight and flash it (or say it is no longer there).
import { useCallback, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { focusHighlight } from './focus-highlight';

export interface NotesViewControl {
  shown: boolean;
  toggle: () => void;
  close: () => void;
  openHighlight: (articleId: ArticleId, highlightId: number) => void;
  openArticle: (articleId: ArticleId) => void;
}

export function useNotesView(openColumn: (id: ArticleId) => void): NotesViewControl {
  const api = useApi();
  const { inform, reportError } = useNotices();
  const [shown, setShown] = useState(false);

  const openArticle = useCallback(
    (articleId: ArticleId) => {
      setShown(false);
      openColumn(articleId);
    },
    [openColumn],
  );

  const openHighlight = useCallback(
    (articleId: ArticleId, highlightId: number) => {
      openArticle(articleId);
      void (async () => {
        try {
          const { highlights } = await api.listAnnotations({ articleId });
          if (highlights.find((h) => h.id === highlightId)?.anchor.status === 'orphaned') {
            inform('This passage is no longer in the article’s text; its quote and note are kept in the notes.');
            return;
          }
          if (!(await focusHighlight(articleId, highlightId))) inform('Could not find that highlight in the article.');
        } catch (err) {
          reportError(err);
        }
      })();
    },
    [api, inform, openArticle, reportError],
  );

  return {
    shown,
    toggle: useCallback(() => setShown((s) => !s), []),
    close: useCallback(() => setShown(false), []),
    openHighlight,
    openArticle,
  };
}
