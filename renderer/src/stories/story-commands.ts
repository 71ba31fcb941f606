// The Stories view's commands for the palette: show stories, outlets or the reading balance.
import type { Command } from '../palette/commands';
import type { StoriesViewControl } from './use-stories-view';

export function storyCommands(view: StoriesViewControl, beforeShow: () => void): Command[] {
  const show = (tab: 'stories' | 'outlets' | 'balance') => () => {
    beforeShow();
    view.show(tab);
  };
  return [
    { id: 'stories', group: 'View', title: 'Show stories', available: view.tab !== 'stories', run: show('stories') },
    { id: 'outlets', group: 'View', title: 'Show outlets and their labels', available: view.tab !== 'outlets', run: show('outlets') },
    { id: 'reading-balance', group: 'View', title: 'Show my reading balance', available: view.tab !== 'balance', run: show('balance') },
    { id: 'stories-close', group: 'View', title: 'Back to the reading columns', available: view.tab !== null, run: view.close },
  ];
}
