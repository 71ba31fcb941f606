// The reading area: up to four article columns side by side, or an inviting empty state.
import type { Article, ArticleId } from '../../../shared/domain';
import { ColumnsIllustration } from '../ui/icons';
import { ArticleColumn } from './ArticleColumn';
import { MOD_KEY } from '../ui/platform';

interface Props {
  ids: readonly ArticleId[];
  activeId: ArticleId | null;
  onActivate: (id: ArticleId) => void;
  onClose: (id: ArticleId) => void;
  onMetadataSaved: (article: Article) => void;
}

export function ReadingArea({ ids, activeId, onActivate, onClose, onMetadataSaved }: Props) {
  if (ids.length === 0) {
    return (
      <main className="reading-area reading-area-empty" aria-label="Reading area">
        <div className="empty-state">
          <ColumnsIllustration />
          <p className="empty-state-title">Select an article to start reading</p>
          <p className="empty-state-hint">
            <kbd>{MOD_KEY}</kbd>-click to open it beside another — up to four side by side.
          </p>
        </div>
      </main>
    );
  }
  return (
    <main className="reading-area" aria-label="Reading area" data-columns={ids.length}>
      {ids.map((id) => (
        <ArticleColumn
          key={id}
          id={id}
          active={id === activeId}
          onActivate={onActivate}
          onClose={onClose}
          onMetadataSaved={onMetadataSaved}
        />
      ))}
    </main>
  );
}
