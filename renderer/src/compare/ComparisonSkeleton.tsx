// What the pane shows while the core compares: a moving bar, the count, and the shape of the
// sections to come.
export function ComparisonSkeleton({ count }: { count: number }) {
  return (
    <div className="compare-skeleton" data-testid="comparison-loading">
      <div className="compare-progress" aria-hidden="true">
        <span />
      </div>
      <p className="compare-loading-text" role="status">
        Comparing {count} articles…
      </p>
      {['Coverage', 'Shared claims', 'Only in this source', 'Quotes'].map((title) => (
        <div key={title} className="compare-skeleton-section" aria-hidden="true">
          <span className="compare-skeleton-title">{title}</span>
          <span className="skeleton-bar" />
          <span className="skeleton-bar compare-skeleton-short" />
          <span className="skeleton-bar" />
        </div>
      ))}
    </div>
  );
}
