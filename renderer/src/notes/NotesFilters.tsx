// The Notes view's filters: words in quotes and notes, colour, tag, article and outlet.
import { HIGHLIGHT_COLORS, type TagCount } from '../../../shared/annotations';
import type { ArticleSummary } from '../../../shared/domain';
import { COLOR_NAMES } from '../annotations/ColorSwatches';
import { SearchIcon } from '../ui/icons';
import { NO_FILTER, type NotesFilter } from './use-notes-overview';

interface Props {
  filter: NotesFilter;
  onChange: (patch: Partial<NotesFilter>) => void;
  tags: readonly TagCount[];
  articles: readonly ArticleSummary[];
}

export function NotesFilters({ filter, onChange, tags, articles }: Props) {
  const outlets = [...new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : [])))].sort((a, b) => a.localeCompare(b));
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
  return (
    <div className="notes-filters" role="search" aria-label="Filter highlights and notes">
      <label className="notes-search">
        <SearchIcon />
        <input
          type="search"
          data-testid="notes-search"
          placeholder="Search notes…"
          aria-label="Search quotes and notes"
          value={filter.query}
          onChange={(e) => onChange({ query: e.target.value })}
        />
      </label>
      <div className="notes-color-filter" role="group" aria-label="Colour">
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className={`swatch swatch-${color}`}
            data-testid={`notes-filter-color-${color}`}
            aria-label={`Only ${COLOR_NAMES[color].toLowerCase()} highlights`}
            aria-pressed={filter.color === color}
            title={COLOR_NAMES[color]}
            onClick={() => onChange({ color: filter.color === color ? null : color })}
          />
        ))}
      </div>
      <select
        className="notes-select"
        data-testid="notes-filter-tag"
        aria-label="Tag"
        value={filter.tag ?? ''}
        onChange={(e) => onChange({ tag: e.target.value || null })}
      >
        <option value="">All tags</option>
        {filter.tag && !tags.some((t) => t.tag === filter.tag) ? <option value={filter.tag}>#{filter.tag}</option> : null}
        {tags.map((t) => (
          <option key={t.tag} value={t.tag}>
            #{t.tag} ({t.count})
          </option>
        ))}
      </select>
      <select
        className="notes-select"
        data-testid="notes-filter-article"
        aria-label="Article"
        value={filter.articleId ?? ''}
        onChange={(e) => onChange({ articleId: e.target.value ? Number(e.target.value) : null })}
      >
        <option value="">All articles</option>
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title ?? a.sourceName}
          </option>
        ))}
      </select>
      <select
        className="notes-select"
        data-testid="notes-filter-outlet"
        aria-label="Outlet"
        value={filter.outlet ?? ''}
        onChange={(e) => onChange({ outlet: e.target.value || null })}
      >
        <option value="">All outlets</option>
        {outlets.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      {filtered ? (
        <button type="button" className="link-button" data-testid="notes-clear-filters" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
