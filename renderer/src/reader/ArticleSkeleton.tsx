// A quiet stand-in while an article loads, laid out like its header and first paragraphs.
export function ArticleSkeleton() {
  return (
    <div className="article article-skeleton" role="status" aria-label="Loading the article">
      <span className="skeleton-bar skeleton-kicker" />
      <span className="skeleton-bar skeleton-heading" />
      <span className="skeleton-bar skeleton-heading skeleton-short" />
      {Array.from({ length: 9 }, (_, i) => (
        <span className={i % 4 === 3 ? 'skeleton-bar skeleton-line skeleton-short' : 'skeleton-bar skeleton-line'} key={i} />
      ))}
    </div>
  );
}
