// People, organisations and places × sources: each cell's shade and number are how often that
// source names the entity. Clicking a cell shows those mentions in that source's column.
import { useMemo, useState, type CSSProperties } from 'react';
import type { Entity, EntityKind } from '../../../shared/comparison';
import { useCompare } from './compare-context';
import { PaneSection } from './PaneSection';
import { SourceChip } from './SourceChip';

const KINDS: readonly { kind: EntityKind | 'all'; label: string }[] = [
  { kind: 'all', label: 'All' },
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organisations' },
  { kind: 'place', label: 'Places' },
];

const KIND_LABEL: Record<EntityKind, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const FIRST_ROWS = 14;

export function EntityHeatMap({ entities }: { entities: readonly Entity[] }) {
  const { sources, focus } = useCompare();
  const [kind, setKind] = useState<EntityKind | 'all'>('all');
  const [all, setAll] = useState(false);
  const rows = useMemo(() => (kind === 'all' ? entities : entities.filter((e) => e.kind === kind)), [entities, kind]);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  const max = Math.max(1, ...entities.flatMap((e) => e.mentions.map((m) => m.count)));

  return (
    <PaneSection title="People, organisations, places" count={entities.length} testId="compare-entities">
      <div className="entity-kinds" role="radiogroup" aria-label="Show">
        {KINDS.map((k) => (
          <button key={k.kind} type="button" role="radio" aria-checked={kind === k.kind} className="entity-kind-filter" onClick={() => setKind(k.kind)}>
            {k.kind !== 'all' ? <KindIcon kind={k.kind} /> : null}
            {k.label}
          </button>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="compare-empty">None found.</p>
      ) : (
        <div className="heatmap" role="table" aria-label="Mentions per source" style={{ gridTemplateColumns: `minmax(0, 1fr) repeat(${sources.length}, 44px)` }}>
          <div className="heatmap-row" role="row">
            <span className="heatmap-corner" role="columnheader">
              Entity
            </span>
            {sources.map((s) => (
              <span key={s.id} className="heatmap-head" role="columnheader">
                <SourceChip source={s} />
              </span>
            ))}
          </div>
          {shown.map((entity) => (
            <div key={entity.id} className="heatmap-row" role="row" data-testid="entity-row">
              <span className="heatmap-name" role="rowheader" title={[entity.name, ...entity.aliases].join(' · ')}>
                <KindIcon kind={entity.kind} />
                <span className="heatmap-name-text">{entity.name}</span>
              </span>
              {sources.map((s) => {
                const mention = entity.mentions.find((m) => m.articleId === s.id);
                const count = mention?.count ?? 0;
                // Square-root scale: one mention is still visible next to twenty.
                const level = count ? 0.18 + 0.82 * Math.sqrt(count / max) : 0;
                return (
                  <span key={s.id} role="cell" className="heatmap-cell-wrap">
                    {count ? (
                      <button
                        type="button"
                        className="heatmap-cell"
                        data-strong={level > 0.6 || undefined}
                        style={{ '--heat': `${Math.round(level * 100)}%` } as CSSProperties}
                        aria-label={`${entity.name}: ${count} ${count === 1 ? 'mention' : 'mentions'} in ${s.title}`}
                        title={`${count} in ${s.title} — show them`}
                        onClick={() => mention && focus(mention.passages)}
                      >
                        {count}
                      </button>
                    ) : (
                      <span className="heatmap-cell is-zero" aria-label={`Not in ${s.title}`}>
                        ·
                      </span>
                    )}
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      )}
      {rows.length > FIRST_ROWS ? (
        <button type="button" className="compare-more" onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </button>
      ) : null}
    </PaneSection>
  );
}

export function KindIcon({ kind }: { kind: EntityKind }) {
  return (
    <svg className={`kind-icon kind-${kind}`} width={14} height={14} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth={1.5} role="img" aria-label={KIND_LABEL[kind]}>
      <title>{KIND_LABEL[kind]}</title>
      {kind === 'person' ? (
        <>
          <circle cx="8" cy="5.5" r="2.6" />
          <path d="M3 14c.6-2.8 2.6-4.3 5-4.3s4.4 1.5 5 4.3" />
        </>
      ) : kind === 'organization' ? (
        <>
          <rect x="3" y="2.5" width="10" height="11" rx="1" />
          <path d="M6 5.5h1M9 5.5h1M6 8.5h1M9 8.5h1M7 13.5v-2h2v2" />
        </>
      ) : (
        <>
          <path d="M8 14.5s4.5-4.2 4.5-8a4.5 4.5 0 0 0-9 0c0 3.8 4.5 8 4.5 8z" />
          <circle cx="8" cy="6.5" r="1.6" />
        </>
      )}
    </svg>
  );
}
