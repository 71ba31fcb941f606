// The stories tab: the list (title, date span, articles, outlets, coverage bar, pinned mark) with
// the coverage label, the blind-spot filter and merge; beside it the chosen story in detail.
import { useEffect, useMemo, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { readStored, writeStored } from '../state/local-store';
import { useNotices } from '../state/notices';
import { CoverageBar } from './CoverageBar';
import { formatCounts, formatSpan } from './story-labels';
import { StoryDetail } from './StoryDetail';
import { useStoryList } from './use-story-list';

interface Props {
  libraryVersion: number;
  onOpenArticle: (id: ArticleId) => void;
  onCompare: (ids: readonly ArticleId[]) => void;
}

/** The label the coverage bars group by, kept across visits. */
const SCHEME_KEY = 'parallax.stories.coverage-scheme';

export function StoriesPanel({ libraryVersion, onOpenArticle, onCompare }: Props) {
  const api = useApi();
  const { reportError } = useNotices();
  const [schemeId, setScheme] = useState<number | null>(() => Number(readStored(SCHEME_KEY)) || null);
  const setSchemeId = (id: number | null) => {
    setScheme(id);
    writeStored(SCHEME_KEY, id === null ? '' : String(id));
  };
  const [blindOnly, setBlindOnly] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);
  const data = useStoryList(schemeId, libraryVersion);
  const { stories, coverage } = data;

  // A scheme deleted in the Outlets tab falls back to grouping by outlet.
  useEffect(() => {
    if (stories !== null && schemeId !== null && !data.schemes.some((s) => s.id === schemeId)) setSchemeId(null);
  }, [stories, data.schemes, schemeId]);

  const shown = useMemo(
    () => (stories ?? []).filter((s) => !blindOnly || coverage.get(s.id)?.blindSpot),
    [stories, coverage, blindOnly],
  );
  const openStory = openId !== null && stories?.some((s) => s.id === openId) ? openId : (shown[0]?.id ?? null);

  const afterChange = async (nextOpen: number | null) => {
    setSelected([]);
    await data.reload();
    if (nextOpen !== null) setOpenId(nextOpen);
    setChanges((n) => n + 1);
  };

  const merge = async () => {
    const [into, ...from] = [...selected].sort((a, b) => a - b);
    if (into === undefined || !from.length) return;
    try {
      const merged = await api.mergeStories({ into, from });
      await afterChange(merged.id);
    } catch (err) {
      reportError(err);
    }
  };

  // The primary action on a story: its articles in reading columns and the comparison pane on all of them.
  const openStoryToRead = async (id: number) => {
    try {
      const ids = (await api.getStory({ id })).articles.map((a) => a.id);
      if (ids.length >= 2) onCompare(ids);
      else if (ids[0] !== undefined) onOpenArticle(ids[0]);
    } catch (err) {
      reportError(err);
    }
  };

  const toggleSelected = (id: number) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  if (stories !== null && stories.length === 0) {
    return (
      <div className="stories-empty" data-testid="stories-empty">
        <h1>No stories yet</h1>
        <p>
          Import articles about the same event from different outlets, and Parallax groups them into a story: the people, places and
          dates they share, who covered it, and what each outlet said.
        </p>
      </div>
    );
  }

  return (
    <div className="stories-layout">
      <section className="stories-list-pane" aria-labelledby="stories-heading">
        <div className="stories-head">
          <h1 id="stories-heading">Stories</h1>
          <span className="stories-count" data-testid="stories-count" aria-live="polite">
            {stories === null ? 'Loading…' : `${shown.length} of ${stories.length}`}
          </span>
        </div>
        <div className="stories-toolbar">
          <label className="stories-field">
            <span>Coverage by</span>
            <select
              data-testid="coverage-scheme"
              value={schemeId ?? ''}
              onChange={(e) => setSchemeId(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">Outlet</option>
              {data.schemes.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="stories-check" title={schemeId === null ? 'Choose a label first' : 'Stories covered only by outlets of one value'}>
            <input
              type="checkbox"
              data-testid="blind-spot-filter"
              checked={blindOnly && schemeId !== null}
              disabled={schemeId === null}
              onChange={(e) => setBlindOnly(e.target.checked)}
            />
            <span>Blind spots only</span>
          </label>
          <button type="button" className="button button-small" data-testid="merge-stories" disabled={selected.length < 2} onClick={() => void merge()}>
            Merge {selected.length >= 2 ? `${selected.length} stories` : 'selected'}
          </button>
        </div>
        {schemeId === null && data.schemes.length === 0 ? (
          <p className="stories-hint">Define a label in Outlets (your own left/centre/right, or a rater’s scores) to see coverage by side and find blind spots.</p>
        ) : null}
        {shown.length === 0 && stories !== null ? (
          <p className="stories-hint" data-testid="stories-none">No story is covered by outlets of only one value of this label.</p>
        ) : null}
        <ul className="story-cards" data-testid="story-list">
          {shown.map((s) => {
            const outletCount = coverage.get(s.id)?.outletCount ?? s.outlets.length;
            return (
              <li key={s.id} className="story-card" data-testid="story-card" data-story-id={s.id} aria-current={s.id === openStory || undefined}>
                <input
                  type="checkbox"
                  className="story-select"
                  aria-label={`Select “${s.title}” to merge`}
                  checked={selected.includes(s.id)}
                  onChange={() => toggleSelected(s.id)}
                />
                <div className="story-card-body">
                  <div className="story-card-head">
                    <button
                      type="button"
                      className="story-card-title"
                      data-testid="story-open"
                      title="Show this story’s details (double-click to open it)"
                      onClick={() => setOpenId(s.id)}
                      onDoubleClick={() => void openStoryToRead(s.id)}
                    >
                      {s.title}
                    </button>
                    <button
                      type="button"
                      className="button button-small story-card-open"
                      data-testid="story-read"
                      title={
                        s.articleCount >= 2
                          ? `Read its articles side by side (up to 4 columns) and compare all ${Math.min(s.articleCount, 20)}`
                          : 'Read its article'
                      }
                      onClick={() => void openStoryToRead(s.id)}
                    >
                      Open story
                    </button>
                  </div>
                  <p className="story-card-meta">
                    {s.pinned ? (
                      <span className="story-pinned" data-testid="story-pinned">
                        Pinned
                      </span>
                    ) : null}
                    <span>{formatSpan(s.span)}</span>
                    <span data-testid="story-counts">{formatCounts(s, outletCount)}</span>
                    <span data-testid="story-outlets">
                      {s.outlets.length <= 3 ? s.outlets.join(', ') : `${s.outlets.slice(0, 2).join(', ')} and ${s.outlets.length - 2} more`}
                    </span>
                    {coverage.get(s.id)?.blindSpot ? <span className="story-blind">Blind spot</span> : null}
                  </p>
                  <CoverageBar coverage={coverage.get(s.id)} values={data.values} />
                </div>
              </li>
            );
          })}
        </ul>
      </section>
      {openStory !== null ? (
        <StoryDetail
          key={openStory}
          id={openStory}
          version={changes + libraryVersion * 1000}
          stories={stories ?? []}
          coverage={coverage.get(openStory)}
          values={data.values}
          onChanged={(next) => void afterChange(next)}
          onOpenArticle={onOpenArticle}
          onCompare={onCompare}
        />
      ) : null}
    </div>
  );
}
