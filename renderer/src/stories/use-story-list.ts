// The stories with their coverage by the chosen label, and the label schemes to choose from.
// Reloaded after every change the person makes here and whenever the library changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverageResult, LabelScheme, StoryCoverage } from '../../../shared/outlets';
import type { StorySummary } from '../../../shared/stories';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';

export interface StoryListData {
  stories: readonly StorySummary[] | null;
  coverage: ReadonlyMap<number, StoryCoverage>;
  values: readonly string[];
  schemes: readonly LabelScheme[];
  reload: () => Promise<void>;
}

export function useStoryList(schemeId: number | null, libraryVersion: number): StoryListData {
  const api = useApi();
  const { reportError } = useNotices();
  const [stories, setStories] = useState<readonly StorySummary[] | null>(null);
  const [coverage, setCoverage] = useState<CoverageResult | null>(null);
  const [schemes, setSchemes] = useState<readonly LabelScheme[]>([]);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++request.current;
    try {
      const outlets = await api.listOutlets({});
      // A label remembered from before may have been deleted since: group by outlet then.
      const known = outlets.schemes.some((s) => s.id === schemeId) ? schemeId : null;
      const [list, cov] = await Promise.all([api.listStories({}), api.storyCoverage({ schemeId: known })]);
      if (mine !== request.current) return;
      setStories(list);
      setCoverage(cov);
      setSchemes(outlets.schemes);
    } catch (err) {
      if (mine === request.current) reportError(err);
    }
  }, [api, reportError, schemeId]);

  useEffect(() => {
    void reload();
  }, [reload, libraryVersion]);

  return {
    stories,
    coverage: new Map((coverage?.stories ?? []).map((c) => [c.storyId, c])),
    values: coverage?.values ?? [],
    schemes,
    reload,
  };
}
