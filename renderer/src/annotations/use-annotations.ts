// An article's highlights and notes for one reading column: loaded with the article, and every
// change sent to the core at once; the local copy is replaced by what the core answers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnchoredHighlight, ArticleAnnotations, Highlight, HighlightColor } from '../../../shared/annotations';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { announceAnnotationsChanged } from './annotation-changes';
import type { MarkRange } from './highlight-segments';

export interface Annotations {
  data: ArticleAnnotations | null;
  /** Highlights that anchor in the current text, for drawing. */
  marks: MarkRange[];
  create: (range: { start: number; end: number }, color: HighlightColor, note?: string) => Promise<AnchoredHighlight | null>;
  update: (id: number, patch: { color?: HighlightColor; note?: string | null; tags?: string[] }) => Promise<void>;
  /** Resolves to what was deleted (with where it was anchored), for undo. */
  remove: (id: number) => Promise<Deleted | null>;
  restore: (deleted: Deleted) => Promise<void>;
  saveArticleNote: (body: string) => Promise<void>;
  saveArticleTags: (tags: string[]) => Promise<void>;
  /** Points a highlight at another passage of the current text (a repair). */
  reanchor: (id: number, range: { start: number; end: number }) => Promise<AnchoredHighlight | null>;
  /** Loads again from the core (after the article's text changed); resolves to what was loaded. */
  reload: () => Promise<ArticleAnnotations | null>;
}

export type Deleted = Highlight & { anchor: AnchoredHighlight['anchor'] | null };

export function useAnnotations(articleId: ArticleId, ready: boolean): Annotations {
  const api = useApi();
  const { reportError } = useNotices();
  const [data, setData] = useState<ArticleAnnotations | null>(null);

  useEffect(() => {
    if (!ready) return;
    let current = true;
    api.listAnnotations({ articleId }).then(
      (loaded) => current && setData(loaded),
      (err: unknown) => current && reportError(err),
    );
    return () => {
      current = false;
    };
  }, [api, reportError, articleId, ready]);

  const put = useCallback((h: AnchoredHighlight) => {
    announceAnnotationsChanged(h.articleId);
    setData((d) => {
      if (!d) return d;
      const highlights = [...d.highlights.filter((x) => x.id !== h.id), h].sort(
        (a, b) =>
          Number(a.anchor.status === 'orphaned') - Number(b.anchor.status === 'orphaned') ||
          a.anchor.start - b.anchor.start ||
          a.id - b.id,
      );
      return { ...d, highlights };
    });
  }, []);

  const create = useCallback<Annotations['create']>(
    async (range, color, note) => {
      try {
        const created = await api.createHighlight({ articleId, start: range.start, end: range.end, color, note });
        put(created);
        return created;
      } catch (err) {
        reportError(err);
        return null;
      }
    },
    [api, articleId, put, reportError],
  );

  const update = useCallback<Annotations['update']>(
    async (id, patch) => {
      try {
        put(await api.updateHighlight({ id, ...patch }));
      } catch (err) {
        reportError(err);
      }
    },
    [api, put, reportError],
  );

  const remove = useCallback<Annotations['remove']>(
    async (id) => {
      try {
        const anchor = data?.highlights.find((h) => h.id === id)?.anchor ?? null;
        const deleted = await api.deleteHighlight({ id });
        setData((d) => (d ? { ...d, highlights: d.highlights.filter((h) => h.id !== id) } : d));
        announceAnnotationsChanged(articleId);
        return { ...deleted, anchor };
      } catch (err) {
        reportError(err);
        return null;
      }
    },
    [api, articleId, data, reportError],
  );

  const restore = useCallback<Annotations['restore']>(
    async (deleted) => {
      // Re-create where it was drawn; an orphan goes back to its stored position.
      const at = deleted.anchor && deleted.anchor.status !== 'orphaned' ? deleted.anchor : deleted.position;
      try {
        const restored = await api.createHighlight({
          articleId,
          start: at.start,
          end: at.end,
          color: deleted.color,
          note: deleted.note ?? undefined,
          tags: deleted.tags.length ? deleted.tags : undefined,
        });
        put(restored);
      } catch (err) {
        reportError(err);
      }
    },
    [api, articleId, put, reportError],
  );

  const saveArticleNote = useCallback<Annotations['saveArticleNote']>(
    async (body) => {
      try {
        const articleNote = await api.saveArticleNote({ articleId, body });
        setData((d) => (d ? { ...d, articleNote } : d));
      } catch (err) {
        reportError(err);
      }
    },
    [api, articleId, reportError],
  );

  const saveArticleTags = useCallback<Annotations['saveArticleTags']>(
    async (tags) => {
      try {
        const saved = await api.setArticleTags({ articleId, tags });
        setData((d) => (d ? { ...d, articleTags: saved.tags } : d));
      } catch (err) {
        reportError(err);
      }
    },
    [api, articleId, reportError],
  );

  const reanchor = useCallback<Annotations['reanchor']>(
    async (id, range) => {
      try {
        const moved = await api.reanchorHighlight({ id, start: range.start, end: range.end });
        put(moved);
        return moved;
      } catch (err) {
        reportError(err);
        return null;
      }
    },
    [api, put, reportError],
  );

  const reload = useCallback<Annotations['reload']>(async () => {
    try {
      const loaded = await api.listAnnotations({ articleId });
      setData(loaded);
      return loaded;
    } catch (err) {
      reportError(err);
      return null;
    }
  }, [api, articleId, reportError]);

  const marks = useMemo<MarkRange[]>(
    () =>
      (data?.highlights ?? [])
        .filter((h) => h.anchor.status !== 'orphaned')
        .map((h) => ({ id: h.id, color: h.color, start: h.anchor.start, end: h.anchor.end })),
    [data],
  );

  return { data, marks, create, update, remove, restore, saveArticleNote, saveArticleTags, reanchor, reload };
}
