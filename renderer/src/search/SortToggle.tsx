// Relevance / Newest: how search hits are ordered.
import type { SearchSort } from '../../../shared/search';

const CHOICES: { value: SearchSort; label: string }[] = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'date', label: 'Newest' },
];

export function SortToggle({ sort, onChange }: { sort: SearchSort; onChange: (sort: SearchSort) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Order of results" data-testid="search-sort">
      {CHOICES.map((c) => (
        <button key={c.value} type="button" className="segmented-option" aria-pressed={sort === c.value} onClick={() => onChange(c.value)}>
          {c.label}
        </button>
      ))}
    </div>
  );
}
