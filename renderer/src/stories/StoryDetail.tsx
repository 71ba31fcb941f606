// One story in detail: why its articles belong together (shared people, places, organisations,
// dates, key terms), its coverage with a legend, its articles, and the person's corrections:
// pin, split chosen articles into a new story, move one article to another story.
import { useEffect, useState } from 'react';
import type { ArticleId } from '../../../shared/domain';
import type { StoryCoverage } from '../../../shared/outlets';
import type { Story, StorySummary } from '../../../shared/stories';
import { useApi } from '../api/api-context';
import { useNotices } from '../state/notices';
import { CoverageBar } from './CoverageBar';
import { formatCounts, formatDay, formatSpan } from './story-labels';

interface Props {
  id: number;
  version: number;
  stories: readonly StorySummary[];
  coverage: StoryCoverage | undefined;
  values: readonly string[];
  /** After a change: the story to show next (the new one after a split), or null to keep this one. */
  onChanged: (next: number | null) => void;
  onOpenArticle: (id: ArticleId) => void;
  onCompare: (ids: readonly ArticleId[]) => void;
}

export function StoryDetail({ id, version, stories, coverage, values, onChanged, onOpenArticle, onCompare }: Props) {
  const api = useApi();
  const { reportError } = useNotices();
  const [story, setStory] = useState<Story | null>(null);
  const [chosen, setChosen] = useState<ArticleId[]>([]);

  useEffect(() => {
    let live = true;
    api.getStory({ id }).then((s) => live && setStory(s), (err) => live && reportError(err));
    setChosen([]);
    return () => {
      live = false;
    };
  }, [api, reportError, id, version]);

  if (!story) return <section className="story-detail" aria-busy="true" aria-label="Story" />;

  // The result shows in place (the pin's state, the lists), so no message is added.
  const act = async (run: () => Promise<number | null>) => {
    try {
      onChanged(await run());
    } catch (err) {
      reportError(err);
    }
  };
  const pin = () => act(async () => (await api.pinStory({ id, pinned: !story.pinned })).id);
  const split = () => act(async () => (await api.splitStory({ id, articleIds: chosen })).id);
  const move = (articleId: ArticleId, storyId: number) =>
    act(async () => {
      await api.moveArticle({ articleId, storyId });
      return story.articles.length > 1 ? id : storyId;
    });

  const reasons: [string, readonly string[]][] = [
    ['People', story.reasons.people],
    ['Places', story.reasons.places],
    ['Organisations', story.reasons.organizations],
    ['Dates', story.reasons.dates],
    ['Key terms', story.reasons.terms],
  ];
  const others = stories.filter((s) => s.id !== id);
  const ids = story.articles.map((a) => a.id);

  return (
    <section className="story-detail" aria-labelledby="story-detail-title" data-testid="story-detail">
      <header className="story-detail-head">
        <h2 id="story-detail-title" data-testid="story-title">
          {story.title}
        </h2>
        <p className="story-card-meta">
          <span>{formatSpan(story.span)}</span>
          <span data-testid="story-detail-counts">{formatCounts(story, coverage?.outletCount ?? story.outlets.length)}</span>
          <span>{story.outlets.length ? story.outlets.join(', ') : 'Outlets unknown'}</span>
        </p>
        <div className="story-actions">
          <button
            type="button"
            className="button button-primary button-small"
            data-testid="story-compare"
            title={ids.length < 2 ? 'Read its article' : 'Read its articles side by side (up to 4 columns) and compare them'}
            onClick={() => (ids.length >= 2 ? onCompare(ids) : ids[0] !== undefined && onOpenArticle(ids[0]))}
          >
            {ids.length >= 2 ? `Open story and compare ${Math.min(ids.length, 20)} articles` : 'Open story'}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="story-pin"
            aria-pressed={story.pinned}
            title="A pinned story is left as it is when the library is grouped again"
            onClick={() => void pin()}
          >
            {story.pinned ? 'Pinned' : 'Pin'}
          </button>
          <button
            type="button"
            className="button button-small"
            data-testid="story-split"
            disabled={!chosen.length || chosen.length === ids.length}
            onClick={() => void split()}
          >
            Split {chosen.length ? `${chosen.length} into a new story` : 'chosen articles off'}
          </button>
        </div>
      </header>

      <h3 className="story-subhead">Coverage</h3>
      <CoverageBar coverage={coverage} values={values} legend />

      <h3 className="story-subhead">Why these belong together</h3>
      <dl className="story-reasons" data-testid="story-reasons">
        {reasons
          .filter(([, list]) => list.length)
          .map(([name, list]) => (
            <div key={name} className="story-reason">
              <dt>{name}</dt>
              <dd>
                {list.map((item) => (
                  <span key={item} className="story-chip">
                    {name === 'Dates' && /^\d{4}-\d{2}-\d{2}$/.test(item) ? formatDay(item) : item}
                  </span>
                ))}
              </dd>
            </div>
          ))}
      </dl>

      <h3 className="story-subhead">Articles</h3>
      <ul className="story-articles" data-testid="story-articles">
        {story.articles.map((a) => (
          <li key={a.id} className="story-article" data-testid="story-article">
            <input
              type="checkbox"
              aria-label={`Choose “${a.title ?? 'Untitled'}” to split off`}
              checked={chosen.includes(a.id)}
              onChange={() => setChosen((c) => (c.includes(a.id) ? c.filter((x) => x !== a.id) : [...c, a.id]))}
            />
            <div className="story-article-body">
              <button type="button" className="story-article-title" onClick={() => onOpenArticle(a.id)}>
                {a.title ?? 'Untitled article'}
              </button>
              <span className="story-article-meta">
                {a.outlet ?? 'Unknown outlet'} · {a.publishedAt ? formatDay(a.publishedAt) : 'Date unknown'}
                {a.manual ? ' · placed by you' : ''}
              </span>
              {a.reprintOf !== null ? <ReprintMark original={story.articles.find((o) => o.id === a.reprintOf)} /> : null}
            </div>
            {others.length ? (
              <select
                className="story-move"
                aria-label={`Move “${a.title ?? 'Untitled'}” to another story`}
                value=""
                onChange={(e) => e.target.value && void move(a.id, Number(e.target.value))}
              >
                <option value="">Move to…</option>
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title.length > 60 ? `${s.title.slice(0, 59)}…` : s.title}
                  </option>
                ))}
              </select>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Marks a copy: whose report it reprints (the original in this story), or that the original is elsewhere. */
function ReprintMark({ original }: { original: Story['articles'][number] | undefined }) {
  return (
    <span className="story-reprint" data-testid="story-reprint" title={original ? `A near-identical copy of “${original.title ?? 'Untitled article'}”` : undefined}>
      {!original
        ? 'Reprint of a report in another story'
        : original.outlet
          ? `Reprint of ${original.outlet} report`
          : `Reprint of “${shorten(original.title ?? 'Untitled article', 60)}”`}
    </span>
  );
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
