// Props that make a card act as a button for mouse and keyboard alike (Enter or Space), for
// cards that also hold their own small buttons and so cannot be <button>s themselves.
import type { KeyboardEvent } from 'react';

export function clickable(run: () => void, label?: string) {
  return {
    role: 'button' as const,
    tabIndex: 0,
    'aria-label': label,
    onClick: run,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.target !== e.currentTarget || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      run();
    },
  };
}
