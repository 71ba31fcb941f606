// The anchoring panel's state for one column: shown or not, which highlight is being repaired,
// and re-cleaning the article from its original (then saying how its highlights re-attached).
import { useCallback, useState } from 'react';
import type { AnchoredHighlight } from '../../../shared/annotations';
import type { Article } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { countAnchoring, describeAnchoring } from './AnchoringPanel';
import type { Annotations } from './use-annotations';

export interface Anchoring {
  shown: boolean;
  busy: boolean;
  repairingId: number | null;
  show: () => void;
  close: () => void;
  reclean: () => Promise<void>;
  startRepair: (h: AnchoredHighlight) => void;
  cancelRepair: () => void;
  /** Attaches the highlight being repaired to the selected range. */
  attach: (range: { start: number; end: number }) => Promise<void>;
  keep: (h: AnchoredHighlight) => Promise<void>;
}

export function useAnchoring(article: Article, annotations: Annotations, onArticleReplaced: (article: Article) => void): Anchoring {
  const api = useApi();
  const { inform, reportError } = useNotices();
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [repairingId, setRepairingId] = useState<number | null>(null);
  const { reload, reanchor } = annotations;
  const { id } = article;

  const reclean = useCallback(async () => {
    setBusy(true);
    try {
      const report = await api.recleanArticle({ id });
      const failed = report.failed.find((f) => f.id === id);
      if (failed) {
        inform(`This article could not be re-cleaned: ${failed.reason}.`);
        return;
      }
      onArticleReplaced(await api.getArticle({ id }));
      const loaded = await reload();
      if (!loaded) return;
      const counts = countAnchoring(loaded.highlights);
      if (loaded.highlights.length) setShown(true);
      inform(`Re-cleaned from the original. ${describeAnchoring(counts)}`, loaded.highlights.length ? { label: 'Review', run: () => setShown(true) } : undefined);
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  }, [api, id, inform, onArticleReplaced, reload, reportError]);

  const attach = useCallback(
    async (range: { start: number; end: number }) => {
      if (repairingId === null) return;
      const moved = await reanchor(repairingId, range);
      setRepairingId(null);
      if (moved) inform('Highlight attached to the selected passage.');
    },
    [inform, reanchor, repairingId],
  );

  const keep = useCallback(
    async (h: AnchoredHighlight) => {
      await reanchor(h.id, h.anchor);
    },
    [reanchor],
  );

  return {
    shown,
    busy,
    repairingId,
    show: useCallback(() => setShown(true), []),
    close: useCallback(() => {
      setShown(false);
      setRepairingId(null);
    }, []),
    reclean,
    startRepair: useCallback((h: AnchoredHighlight) => {
      setShown(true);
      setRepairingId(h.id);
    }, []),
    cancelRepair: useCallback(() => setRepairingId(null), []),
    attach,
    keep,
  };
}
