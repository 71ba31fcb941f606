// "2 versions" in the article header, shown only when a changed copy of the article was imported
// again; it opens the diff of the previous version against the current one.
import { useState } from 'react';
import type { Article } from '../../../shared/domain';
import { useArticleVersions } from './use-article-versions';
import { VersionsDialog } from './VersionsDialog';
import '../styles/versions.css';

export function VersionsButton({ article }: { article: Article }) {
  const textKey = `${article.wordCount}:${article.blocks.length}:${article.blocks[0]?.text.length ?? 0}`;
  const versions = useArticleVersions(article.id, textKey);
  const [open, setOpen] = useState(false);
  if (!versions || versions.versions.length < 2) return null;
  return (
    <>
      <button
        type="button"
        className="versions-button"
        data-testid="article-versions"
        title="This article changed after it was first imported: see what changed"
        onClick={() => setOpen(true)}
      >
        {versions.versions.length} versions
      </button>
      {open ? <VersionsDialog versions={versions} title={article.title} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
