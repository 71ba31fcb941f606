// The comparison pane beside the reading columns: compares the open articles and lays out what
// they share, what each says alone, quotes, entities, figures and dates, each item linked back
// to its passages in the columns.
import { useEffect, useMemo } from 'react';
import type { Comparison } from '../../../shared/comparison';
import type { ArticleId } from '../../../shared/domain';
import { CloseIcon } from '../ui/icons';
import '../styles/compare.css';
import { CompareContext, type CompareContextValue } from './compare-context';
import { lookupOf, sourcesOf } from './compared-sources';
import { ComparisonSkeleton } from './ComparisonSkeleton';
import { CoverageSection } from './CoverageSection';
import { EntityHeatMap } from './EntityHeatMap';
import { ExportButtons } from './ExportButtons';
import { FiguresSection } from './FiguresSection';
import { clearPassageFocus, focusPassages } from './focus-passage';
import { QuotesSection } from './QuotesSection';
import { SharedClaimsSection } from './SharedClaimsSection';
import { SourceChip } from './SourceChip';
import { TimelineSection } from './TimelineSection';
import { UniqueStatementsSection } from './UniqueStatementsSection';
import { useColumnChips } from './use-column-chips';
import { useComparison } from './use-comparison';
import { usePaneWidth } from './use-pane-width';

interface Props {
  ids: readonly ArticleId[];
  onClose: () => void;
}

export function ComparisonPane({ ids, onClose }: Props) {
  const { load, retry } = useComparison(ids);
  const { width, handle } = usePaneWidth();
  useEffect(() => clearPassageFocus, []);
  return (
    <aside className="comparison-pane" role="complementary" aria-label="Comparison" data-testid="comparison-pane" style={{ width }}>
      <div {...handle} />
      <div className="compare-bar">
        <h2 className="compare-title">Comparison</h2>
        <span className="compare-faint">{ids.length} articles</span>
        <button type="button" className="icon-button" aria-label="Close comparison" title="Close comparison" onClick={onClose}>
          <CloseIcon />
        </button>
      </div>
      <div className="compare-scroll" aria-busy={load.status === 'loading'}>
        {load.status === 'loading' ? <ComparisonSkeleton count={ids.length} /> : null}
        {load.status === 'failed' ? (
          <div className="compare-problem" role="alert">
            <p>The comparison could not be made.</p>
            <p className="compare-problem-detail">{load.error.message}</p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : null}
        {load.status === 'ready' ? <ComparisonReport comparison={load.comparison} /> : null}
      </div>
    </aside>
  );
}

function ComparisonReport({ comparison: c }: { comparison: Comparison }) {
  const context = useMemo<CompareContextValue>(() => {
    const sources = sourcesOf(c.articles);
    return { sources, source: lookupOf(sources), focus: (passages) => void focusPassages(passages) };
  }, [c.articles]);
  useColumnChips(context.sources);
  return (
    <CompareContext.Provider value={context}>
      <div className="compare-sources">
        <ul className="compare-source-list" aria-label="Sources">
          {context.sources.map((s) => (
            <li key={s.id}>
              <SourceChip source={s} withTitle />
            </li>
          ))}
        </ul>
        <ExportButtons comparison={c} sources={context.sources} />
      </div>
      <CoverageSection coverage={c.coverage} />
      <SharedClaimsSection claims={c.sharedClaims} />
      <UniqueStatementsSection groups={c.uniqueStatements} />
      <QuotesSection quotes={c.quotes} />
      <EntityHeatMap entities={c.entities} />
      <FiguresSection discrepancies={c.figureDiscrepancies} figures={c.figures} />
      <TimelineSection events={c.timeline} />
    </CompareContext.Provider>
  );
}
