// Placeholder rows while the library loads, shaped like the real ones so nothing jumps.
export function LibrarySkeleton() {
  return (
    <div className="library-skeleton" role="status" aria-label="Loading the library">
      {Array.from({ length: 7 }, (_, i) => (
        <div className="skeleton-row" key={i}>
          <span className="skeleton-bar skeleton-wide" />
          <span className="skeleton-bar skeleton-narrow" />
        </div>
      ))}
    </div>
  );
}
