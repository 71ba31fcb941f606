// A source's letter on its colour; the title is in the tooltip and for screen readers.
import type { Source } from './compared-sources';

export function SourceChip({ source, withTitle = false }: { source: Source; withTitle?: boolean }) {
  return (
    <span className="compare-source" title={source.title}>
      <span className="compare-chip" style={{ background: source.color }} aria-hidden="true">
        {source.letter}
      </span>
      {withTitle ? <span className="compare-source-title">{source.title}</span> : <span className="visually-hidden">{source.title}</span>}
    </span>
  );
}

export function SourceChips({ sources }: { sources: readonly (Source | undefined)[] }) {
  return (
    <span className="compare-chips">
      {sources.map((s) => (s ? <SourceChip key={s.id} source={s} /> : null))}
    </span>
  );
}
