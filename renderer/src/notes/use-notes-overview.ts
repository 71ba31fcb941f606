// The Notes view's data: every highlight and article note matching the filters (the text query
// waits for a pause in typing), merged newest first, and the library's tags with their counts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnnotationOverview, HighlightColor, OverviewArticleNote, OverviewHighlight, TagCount } from '../../../shared/annotations';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';

export interface NotesFilter {
  query: string;
  color: HighlightColor | null;
  tag: string | null;
  articleId: ArticleId | null;
  outlet: string | null;
}

export const NO_FILTER: NotesFilter = { query: '', color: null, tag: null, articleId: null, outlet: null };

export type NotesEntry = ({ kind: 'highlight' } & OverviewHighlight) | ({ kind: 'article-note' } & OverviewArticleNote);

const TYPING_PAUSE_MS = 200;

export function useNotesOverview(filter: NotesFilter, libraryVersion: number) {
  const api = useApi();
  const { reportError } = useNotices();
  const [overview, setOverview] = useState<AnnotationOverview | null>(null);
  const [tags, setTags] = useState<TagCount[]>([]);
  const [reloads, setReloads] = useState(0);
  const [query, setQuery] = useState(filter.query);

  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(filter.query), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [filter.query]);

  useEffect(() => {
    let current = true;
    api
      .listAllAnnotations({
        query: query.trim() || undefined,
        color: filter.color ?? undefined,
        tag: filter.tag ?? undefined,
        articleId: filter.articleId ?? undefined,
        outlet: filter.outlet ?? undefined,
      })
      .then(
        (loaded) => current && setOverview(loaded),
        (err: unknown) => current && reportError(err),
      );
    return () => {
      current = false;
    };
  }, [api, reportError, query, filter.color, filter.tag, filter.articleId, filter.outlet, libraryVersion, reloads]);

  useEffect(() => {
    let current = true;
    api.listTags({}).then(
      (loaded) => current && setTags(loaded),
      (err: unknown) => current && reportError(err),
    );
    return () => {
      current = false;
    };
  }, [api, reportError, libraryVersion, reloads]);

  const entries = useMemo<NotesEntry[] | null>(() => {
    if (!overview) return null;
    const all: NotesEntry[] = [
      ...overview.articleNotes.map((n) => ({ kind: 'article-note' as const, ...n })),
      ...overview.highlights.map((h) => ({ kind: 'highlight' as const, ...h })),
    ];
    return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }, [overview]);

  return { entries, tags, reload: useCallback(() => setReloads((n) => n + 1), []) };
}
