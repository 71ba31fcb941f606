// The Stories view: tabs for the stories (grouped coverage of one event each), the outlets with
// the person's labels, and the private reading balance. Shown in place of the reading columns.
import { useRef, type KeyboardEvent } from 'react';
import type { ArticleId } from '../../../shared/domain';
import { BalancePanel } from '../balance/BalancePanel';
import { OutletsPanel } from '../outlets/OutletsPanel';
import '../styles/stories.css';
import { StoriesPanel } from './StoriesPanel';
import type { StoriesTab } from './use-stories-view';

interface Props {
  tab: StoriesTab;
  onTab: (tab: StoriesTab) => void;
  libraryVersion: number;
  onOpenArticle: (id: ArticleId) => void;
  onCompare: (ids: readonly ArticleId[]) => void;
}

const TABS: { id: StoriesTab; label: string }[] = [
  { id: 'stories', label: 'Stories' },
  { id: 'outlets', label: 'Outlets' },
  { id: 'balance', label: 'Reading balance' },
];

export function StoriesView({ tab, onTab, libraryVersion, onOpenArticle, onCompare }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const at = TABS.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const target = (next + TABS.length) % TABS.length;
    onTab(TABS[target]!.id);
    tabs.current[target]?.focus();
  };
  return (
    <main className="stories-view" data-testid="stories-view" aria-label="Stories, outlets and reading balance">
      <div className="stories-tabs" role="tablist" aria-label="Stories view" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`stories-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`stories-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="stories-tab"
            data-testid={`stories-tab-${t.id}`}
            onClick={() => onTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="stories-panel" role="tabpanel" id={`stories-panel-${tab}`} aria-labelledby={`stories-tab-${tab}`}>
        {tab === 'stories' ? <StoriesPanel libraryVersion={libraryVersion} onOpenArticle={onOpenArticle} onCompare={onCompare} /> : null}
        {tab === 'outlets' ? <OutletsPanel libraryVersion={libraryVersion} /> : null}
        {tab === 'balance' ? <BalancePanel libraryVersion={libraryVersion} /> : null}
      </div>
    </main>
  );
}
