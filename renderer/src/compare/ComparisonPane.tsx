// The comparison pane beside the reading columns: compares the open articles and lays out what
// they share, what each says alone, quotes, entities, figures and dates, each item linked back
// to its passages in the columns. Sections appear one by one as the core computes them.
import { useEffect, useMemo, type ReactNode } from 'react';
import type { ComparedArticle, Comparison } from '../../../shared/comparison';
import type { ArticleId } from '../../../shared/domain';
import { CloseIcon } from '../ui/icons';
import '../styles/compare.css';
import { CompareContext, type CompareContextValue } from './compare-context';
import { lookupOf, sourcesOf } from './compared-sources';
import { ComparisonProgress, SectionSkeleton } from './ComparisonSkeleton';
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
import { useComparison, type PartialComparison } from './use-comparison';
import { usePaneWidth } from './use-pane-width';

interface Props {
  ids: readonly ArticleId[];
  onClose: () => void;
}

export function ComparisonPane({ ids, onClose }: Props) {
  const { load, retry } = useComparison(ids);
  const { width, handle } = usePaneWidth();
  useEffect(() => clearPassageFocus, []);
  const c = load.comparison;
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
      <div className="compare-scroll" aria-busy={load.status === 'working'}>
        {load.status === 'working' ? <ComparisonProgress count={ids.length} ready={sectionsOf(c).filter((s) => s.ready).length} total={SECTION_COUNT} /> : null}
        {load.status === 'failed' ? (
          <div className="compare-problem" role="alert">
            <p>The comparison could not be made.</p>
            <p className="compare-problem-detail">{load.error.message}</p>
            <button type="button" className="button" onClick={retry}>
              Try again
            </button>
          </div>
        ) : null}
        {c.articles ? (
          <ComparisonReport articles={c.articles} complete={load.status === 'ready' ? load.comparison : null}>
            {load.status === 'failed' ? null : sectionsOf(c).map((s) => (s.ready ? s.node : <SectionSkeleton key={s.title} title={s.title} />))}
          </ComparisonReport>
        ) : load.status === 'working' ? (
          SECTION_TITLES.map((title) => <SectionSkeleton key={title} title={title} />)
        ) : null}
      </div>
    </aside>
  );
}

const SECTION_TITLES = ['Coverage', 'Shared claims', 'Only in this source', 'Quotes', 'People, organisations, places', 'Figures', 'Timeline'];
const SECTION_COUNT = SECTION_TITLES.length;

/** The pane's sections in reading order, each ready as soon as the data it shows has arrived. */
function sectionsOf(c: PartialComparison): { title: string; ready: boolean; node: ReactNode }[] {
  return [
    { title: 'Coverage', ready: !!c.coverage, node: c.coverage && <CoverageSection key="coverage" coverage={c.coverage} /> },
    { title: 'Shared claims', ready: !!c.sharedClaims, node: c.sharedClaims && <SharedClaimsSection key="claims" claims={c.sharedClaims} /> },
    { title: 'Only in this source', ready: !!c.uniqueStatements, node: c.uniqueStatements && <UniqueStatementsSection key="unique" groups={c.uniqueStatements} /> },
    { title: 'Quotes', ready: !!c.quotes, node: c.quotes && <QuotesSection key="quotes" quotes={c.quotes} /> },
    { title: 'People, organisations, places', ready: !!c.entities, node: c.entities && <EntityHeatMap key="entities" entities={c.entities} /> },
    {
      title: 'Figures',
      ready: !!(c.figures && c.figureDiscrepancies),
      node: c.figures && c.figureDiscrepancies && <FiguresSection key="figures" discrepancies={c.figureDiscrepancies} figures={c.figures} />,
    },
    { title: 'Timeline', ready: !!c.timeline, node: c.timeline && <TimelineSection key="timeline" events={c.timeline} /> },
  ];
}

function ComparisonReport({ articles, complete, children }: { articles: readonly ComparedArticle[]; complete: Comparison | null; children: ReactNode }) {
  const context = useMemo<CompareContextValue>(() => {
    const sources = sourcesOf(articles);
    return { sources, source: lookupOf(sources), focus: (passages) => void focusPassages(passages) };
  }, [articles]);
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
        <ExportButtons comparison={complete} sources={context.sources} />
      </div>
      {children}
    </CompareContext.Provider>
  );
}
