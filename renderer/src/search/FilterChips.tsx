// Filter chips under the search field. The query text stays the one source of truth: the chips
// show the filter terms parsed from it (click one to remove it from the text) and the menus add
// terms built from the library's own outlets, authors, languages, tags and dates.
import { useEffect, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/domain';
import { useApi } from '../api/api-context';
import { CloseIcon } from '../ui/icons';
import { filterOptions, type FilterOption } from './filter-options';
import { addFilter, filterTerms, removeFilter, type FilterField } from './query-text';

const FIELD_LABEL: Record<FilterField, string> = {
  outlet: 'Outlet',
  author: 'Author',
  after: 'From',
  before: 'Before',
  year: 'Year',
  lang: 'Language',
  tag: 'Tag',
};

interface Props {
  query: string;
  onQueryChange: (query: string) => void;
  articles: readonly ArticleSummary[];
  libraryVersion: number;
}

function useTags(libraryVersion: number): FilterOption[] {
  const api = useApi();
  const [tags, setTags] = useState<FilterOption[]>([]);
  useEffect(() => {
    let cancelled = false;
    api.listTags({}).then(
      (list) => !cancelled && setTags(list.map((t) => ({ value: t.tag, count: t.count }))),
      () => !cancelled && setTags([]),
    );
    return () => {
      cancelled = true;
    };
  }, [api, libraryVersion]);
  return tags;
}

export function FilterChips({ query, onQueryChange, articles, libraryVersion }: Props) {
  const options = useMemo(() => filterOptions(articles), [articles]);
  const tags = useTags(libraryVersion);
  const active = filterTerms(query);
  const dateOf = (field: FilterField) => active.find((t) => t.field === field)?.value ?? '';
  const add = (field: FilterField, value: string) => value && onQueryChange(addFilter(query, field, value));
  const setDate = (field: 'after' | 'before', value: string) => {
    const existing = active.find((t) => t.field === field);
    if (!value) {
      if (existing) onQueryChange(removeFilter(query, existing));
    } else add(field, value);
  };

  const menu = (field: FilterField, label: string, list: FilterOption[]) =>
    list.length === 0 ? null : (
      <select
        className="chip chip-menu"
        aria-label={`Filter by ${label.toLowerCase()}`}
        data-testid={`filter-${field}`}
        value=""
        onChange={(e) => add(field, e.target.value)}
      >
        <option value="">{label}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value} ({o.count})
          </option>
        ))}
      </select>
    );

  return (
    <div className="filter-bar" role="group" aria-label="Filters" data-testid="filter-bar">
      {active.map((term) => (
        <button
          key={`${term.token.start}-${term.token.raw}`}
          type="button"
          className="chip is-active"
          data-testid="filter-chip"
          aria-label={`Remove filter ${FIELD_LABEL[term.field]}: ${term.value}`}
          title="Remove this filter"
          onClick={() => onQueryChange(removeFilter(query, term))}
        >
          <span className="chip-field">{FIELD_LABEL[term.field]}</span>
          <span className="chip-value">{term.value}</span>
          <CloseIcon size={12} />
        </button>
      ))}
      {menu('outlet', 'Outlet', options.outlets)}
      {menu('author', 'Author', options.authors)}
      <details className="chip-dates">
        <summary className="chip chip-menu" data-testid="filter-dates">
          Dates
        </summary>
        <div className="chip-dates-panel">
          <label>
            From
            <input type="date" data-testid="filter-after" value={/^\d{4}-\d{2}-\d{2}$/.test(dateOf('after')) ? dateOf('after') : ''} onChange={(e) => setDate('after', e.target.value)} />
          </label>
          <label>
            Before
            <input type="date" data-testid="filter-before" value={/^\d{4}-\d{2}-\d{2}$/.test(dateOf('before')) ? dateOf('before') : ''} onChange={(e) => setDate('before', e.target.value)} />
          </label>
        </div>
      </details>
      {menu('lang', 'Language', options.languages)}
      {menu('tag', 'Tag', tags)}
    </div>
  );
}
