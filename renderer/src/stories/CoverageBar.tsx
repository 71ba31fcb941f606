// A story's coverage as one bar: a segment per label value (or per outlet), as wide as its share
// of the story's articles, with a legend that says the same in words (outlets, reports, copies).
import type { CoverageSegment, StoryCoverage } from '../../../shared/outlets';

interface Props {
  coverage: StoryCoverage | undefined;
  /** The scheme's values in order (for stable colours); empty when grouping by outlet. */
  values: readonly string[];
  legend?: boolean;
}

const PALETTE_SIZE = 6;

export function segmentColour(segment: CoverageSegment, values: readonly string[], index: number): string {
  if (segment.value === null) return 'var(--coverage-none)';
  const at = values.length ? values.indexOf(segment.value) : index;
  return `var(--coverage-${(Math.max(at, 0) % PALETTE_SIZE) + 1})`;
}

export function describeSegment(s: CoverageSegment): string {
  const who = s.value === null ? (s.outlets.length ? `Not labelled (${s.outlets.join(', ')})` : 'Outlet unknown') : s.value;
  const copies = s.articleCount - s.independentCount;
  const outlets = s.value !== null && s.outlets.length && s.outlets[0] !== s.value ? ` — ${s.outlets.join(', ')}` : '';
  const count = `${s.articleCount} ${s.articleCount === 1 ? 'article' : 'articles'}`;
  const independent = !copies ? '' : s.independentCount ? `, ${s.independentCount} independent` : `, ${copies === 1 ? 'a copy' : 'copies'} of another report`;
  return `${who}: ${count}${independent}${outlets}`;
}

export function CoverageBar({ coverage, values, legend = false }: Props) {
  if (!coverage) return null;
  const total = coverage.segments.reduce((n, s) => n + s.articleCount, 0) || 1;
  const summary = coverage.segments.map(describeSegment).join('; ');
  return (
    <div className="coverage" data-testid="coverage">
      <div className="coverage-bar" role="img" aria-label={`Coverage: ${summary}`} data-testid="coverage-bar">
        {coverage.segments.map((s, i) => (
          <span
            key={s.value ?? '—'}
            className="coverage-segment"
            data-value={s.value ?? ''}
            style={{ flexGrow: s.articleCount / total, background: segmentColour(s, values, i) }}
            title={describeSegment(s)}
          />
        ))}
      </div>
      {legend ? (
        <ul className="coverage-legend" data-testid="coverage-legend">
          {coverage.segments.map((s, i) => (
            <li key={s.value ?? '—'}>
              <span className="coverage-swatch" style={{ background: segmentColour(s, values, i) }} aria-hidden="true" />
              {describeSegment(s)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
