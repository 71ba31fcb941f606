// What the pane shows while the core compares: a status line with the progress, and the shape of
// each section still to come (the sections already computed are shown in full around it).
export function ComparisonProgress({ count, ready, total }: { count: number; ready: number; total: number }) {
  return (
    <div className="compare-progress-line" data-testid="comparison-loading">
      <div className="compare-progress" aria-hidden="true">
        <span />
      </div>
      <p className="compare-loading-text" role="status">
        Comparing {count} articles… {ready > 0 ? `${ready} of ${total} sections ready` : ''}
      </p>
    </div>
  );
}

export function SectionSkeleton({ title }: { title: string }) {
  return (
    <div className="compare-skeleton-section" data-testid="section-skeleton" aria-hidden="true">
      <span className="compare-skeleton-title">{title}</span>
      <span className="skeleton-bar" />
      <span className="skeleton-bar compare-skeleton-short" />
      <span className="skeleton-bar" />
    </div>
  );
}
