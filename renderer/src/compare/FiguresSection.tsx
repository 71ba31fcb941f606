// Numbers first where sources disagree ("37th meeting" against "38th"), then every other figure
// each source gives, grouped by source.
import type { Figure, FigureDiscrepancy } from '../../../shared/comparison';
import { clickable } from './clickable';
import { useCompare } from './compare-context';
import { PaneSection } from './PaneSection';
import { PassageText } from './PassageText';
import { SourceChip, SourceChips } from './SourceChip';

interface Props {
  discrepancies: readonly FigureDiscrepancy[];
  figures: readonly Figure[];
}

export function FiguresSection({ discrepancies, figures }: Props) {
  const { sources } = useCompare();
  return (
    <PaneSection title="Figures" count={figures.length} testId="compare-figures">
      {discrepancies.length === 0 ? (
        <p className="compare-empty">No figure differs between the sources.</p>
      ) : (
        <div className="compare-list">
          {discrepancies.map((d) => (
            <DiscrepancyCard key={d.id} discrepancy={d} />
          ))}
        </div>
      )}
      {sources.map((s) => {
        const own = figures.filter((f) => f.articleId === s.id);
        if (own.length === 0) return null;
        return (
          <div key={s.id} className="figure-group">
            <h4 className="compare-subheading">
              <SourceChip source={s} withTitle />
              <span className="compare-count">{own.length}</span>
            </h4>
            {/* Not a <ul>: its rows are buttons, and a list may only hold list items. */}
            <div className="figure-list">
              {own.map((f) => (
                <FigureRow key={`${f.passage.start}-${f.raw}`} figure={f} />
              ))}
            </div>
          </div>
        );
      })}
    </PaneSection>
  );
}

function DiscrepancyCard({ discrepancy }: { discrepancy: FigureDiscrepancy }) {
  const { source, focus } = useCompare();
  const all = discrepancy.values.flatMap((v) => v.passages);
  return (
    // The card answers a mouse click anywhere; keyboards use its "Show all" button.
    <article className="compare-card discrepancy is-clickable" data-testid="figure-discrepancy" onClick={() => focus(all)}>
      <header className="compare-card-head">
        <span className="discrepancy-title">
          <span className="discrepancy-badge">Differs</span>
          {discrepancy.measure}
        </span>
        <span className="compare-faint">{discrepancy.kind}</span>
        <button type="button" className="compare-link" onClick={(e) => (e.stopPropagation(), focus(all))}>
          Show all
        </button>
      </header>
      <ul className="discrepancy-values">
        {discrepancy.values.map((v) => (
          <li key={v.raw + v.value}>
            <button
              type="button"
              className="discrepancy-value"
              title="Show where this value is given"
              onClick={(e) => {
                e.stopPropagation();
                focus(v.passages);
              }}
            >
              <span className="figure-raw">{v.raw}</span>
              <SourceChips sources={v.articleIds.map(source)} />
            </button>
            {v.passages[0] ? <PassageText text={v.passages[0].text} lines={2} /> : null}
          </li>
        ))}
      </ul>
    </article>
  );
}

function FigureRow({ figure }: { figure: Figure }) {
  const { focus } = useCompare();
  return (
    <div className="figure-row is-clickable" {...clickable(() => focus([figure.passage]))} title={figure.passage.text}>
      <span className="figure-raw">{figure.raw}</span>
      <span className="figure-measure">{figure.measure}</span>
      <span className="compare-faint">{figure.kind}</span>
    </div>
  );
}
