// Saved searches as smart collections in the library pane: each with its live count; clicking
// one runs it, and deleting asks first (in place).
import { useState } from 'react';
import type { SavedSearch } from '../../../shared/search';
import { formatCount } from '../labels/article-labels';
import { CloseIcon } from '../ui/icons';

interface Props {
  items: readonly SavedSearch[];
  currentQuery: string;
  onRun: (query: string) => void;
  onDelete: (id: number) => void;
}

export function SavedSearches({ items, currentQuery, onRun, onDelete }: Props) {
  const [confirming, setConfirming] = useState<number | null>(null);
  if (!items.length) return null;
  return (
    <section className="saved-searches" aria-labelledby="saved-searches-heading" data-testid="saved-searches">
      <h2 id="saved-searches-heading" className="saved-searches-heading">
        Saved searches
      </h2>
      <ul className="saved-list">
        {items.map((s) => {
          const count = `${formatCount(s.hitCount)}${s.hitCountCapped ? '+' : ''}`;
          return (
            <li key={s.id} className="saved-item" data-testid="saved-search" aria-current={s.query.trim() === currentQuery.trim() ? 'true' : undefined}>
              {confirming === s.id ? (
                <div className="saved-confirm" role="group" aria-label={`Delete ${s.name}?`}>
                  <span>Delete “{s.name}”?</span>
                  <button type="button" className="button button-small button-danger" data-testid="saved-search-confirm-delete" onClick={() => { setConfirming(null); onDelete(s.id); }}>
                    Delete
                  </button>
                  <button type="button" className="button button-small" autoFocus onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </div>
              ) : (
                <>
                  <button type="button" className="saved-run" title={s.query} onClick={() => onRun(s.query)}>
                    <span className="saved-name">{s.name}</span>
                    <span className="saved-count" data-testid="saved-search-count" aria-label={`${count} articles`}>
                      {count}
                    </span>
                  </button>
                  <button type="button" className="icon-button saved-delete" data-testid="saved-search-delete" aria-label={`Delete saved search ${s.name}`} title="Delete saved search" onClick={() => setConfirming(s.id)}>
                    <CloseIcon size={12} />
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
