// One window-wide keydown listener that runs the command whose shortcut was pressed. Plain keys
// (like "/") never fire while the person types in a field.
import { useEffect, useRef } from 'react';
import { isMac } from '../ui/platform';
import { isAvailable, type Command } from './commands';
import { isPlainTyping, matchesShortcut } from './shortcuts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

export function useCommandShortcuts(commands: readonly Command[]) {
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const typing = isPlainTyping(e, isEditable(e.target));
      for (const command of latest.current) {
        if (command.global === false || !command.keys) continue;
        if (!command.keys.some((k) => matchesShortcut(e, k, isMac))) continue;
        if (typing) return;
        e.preventDefault();
        if (isAvailable(command)) command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
