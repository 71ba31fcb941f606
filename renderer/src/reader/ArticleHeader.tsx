// The article's masthead: outlet and date, title, subtitle, byline, length.
import type { Article } from '../../../shared/domain';
import {
  UNKNOWN_AUTHOR,
  bylineText,
  displayTitle,
  formatDate,
  outletLabel,
  readingMinutes,
  wordCountLabel,
} from '../labels/article-labels';
import { VersionsButton } from '../versions/VersionsButton';

export function ArticleHeader({ article }: { article: Article }) {
  const byline = bylineText(article.authors);
  return (
    <header className="article-header">
      <p className="article-kicker">
        <span className={article.outlet ? 'article-outlet' : 'article-outlet is-unknown'} data-testid="article-outlet">
          {outletLabel(article.outlet)}
        </span>
        <span className="kicker-dot" aria-hidden="true" />
        {article.publishedAt ? (
          <time className="article-date" dateTime={article.publishedAt} data-testid="article-date">
            {formatDate(article.publishedAt, 'long')}
          </time>
        ) : (
          <span className="article-date is-unknown" data-testid="article-date">
            {formatDate(null, 'long')}
          </span>
        )}
      </p>
      <h1 className={article.title ? 'article-title' : 'article-title is-untitled'} data-testid="article-title">
        {displayTitle(article.title, article.sourceName)}
      </h1>
      {article.subtitle ? <p className="article-subtitle">{article.subtitle}</p> : null}
      <p className="article-meta">
        <span className={byline ? 'article-byline' : 'article-byline is-unknown'} data-testid="article-byline">
          {byline ?? UNKNOWN_AUTHOR}
        </span>
        <span className="article-length">
          {wordCountLabel(article.wordCount)} · {readingMinutes(article.wordCount)} min read
        </span>
        <VersionsButton article={article} />
      </p>
    </header>
  );
}
