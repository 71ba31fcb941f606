// How much of each article the others also report, how much only it says, and how much is
// quotation: one stacked bar per source, shares of its sentences.
import type { ArticleCoverage } from '../../../shared/comparison';
import { useCompare } from './compare-context';
import { PaneSection } from './PaneSection';
import { SourceChip } from './SourceChip';

const PARTS = [
  { key: 'sharedShare', label: 'Shared', className: 'is-shared' },
  { key: 'uniqueShare', label: 'Only here', className: 'is-unique' },
  { key: 'quotedShare', label: 'Quoted', className: 'is-quoted' },
] as const;

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function CoverageSection({ coverage }: { coverage: readonly ArticleCoverage[] }) {
  const { source } = useCompare();
  return (
    <PaneSection title="Coverage" testId="compare-coverage">
      <ul className="coverage-legend" aria-label="Legend">
        {PARTS.map((p) => (
          <li key={p.key}>
            <span className={`coverage-swatch ${p.className}`} aria-hidden="true" />
            {p.label}
          </li>
        ))}
        <li>
          <span className="coverage-swatch is-rest" aria-hidden="true" />
          Other
        </li>
      </ul>
      <ul className="coverage-rows">
        {coverage.map((row) => {
          const s = source(row.articleId);
          // The core counts categories separately; they may overlap, so never draw past 100%.
          let left = 1;
          const widths = PARTS.map((p) => {
            const w = Math.min(row[p.key], left);
            left -= w;
            return w;
          });
          const summary = PARTS.map((p) => `${p.label.toLowerCase()} ${percent(row[p.key])}`).join(', ');
          return (
            <li key={row.articleId} className="coverage-row">
              <div className="coverage-label">
                {s ? <SourceChip source={s} withTitle /> : null}
                <span className="coverage-sentences">{row.sentences} sentences</span>
              </div>
              <div className="coverage-bar" role="img" aria-label={summary} title={summary}>
                {PARTS.map((p, i) =>
                  widths[i]! > 0 ? (
                    <span key={p.key} className={`coverage-part ${p.className}`} style={{ width: percent(widths[i]!) }} />
                  ) : null,
                )}
              </div>
              <div className="coverage-numbers" aria-hidden="true">
                {PARTS.map((p) => (
                  <span key={p.key}>
                    <span className={`coverage-swatch ${p.className}`} />
                    {percent(row[p.key])}
                  </span>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </PaneSection>
  );
}
