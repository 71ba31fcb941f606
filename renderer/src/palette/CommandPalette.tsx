// The command palette (Ctrl/⌘+K): every window action by name, with its shortcut, filtered
// fuzzily as you type and run with Enter. A modal dialog; focus goes back where it was.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isMac } from '../ui/platform';
import { isAvailable, type Command } from './commands';
import { fuzzyFilter } from './fuzzy-match';
import { shortcutKeys } from './shortcuts';
import '../styles/palette.css';

interface Props {
  commands: readonly Command[];
  onClose: () => void;
}

export function CommandPalette({ commands, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const results = useMemo(
    () => fuzzyFilter(commands.filter(isAvailable), query, (c) => `${c.group}: ${c.title}`),
    [commands, query],
  );
  const current = Math.min(selected, results.length - 1);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    input.current?.focus();
    return () => previous?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the palette is gone and focus is back, so the command can move focus itself.
    requestAnimationFrame(() => command.run());
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 8, PageUp: current - 8 };
    if (e.key in moves) {
      e.preventDefault();
      const n = results.length;
      if (n > 0) setSelected(((moves[e.key]! % n) + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(results[current]?.item);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Tab') {
      // The field is the dialog's only stop; the list is reached with the arrows.
      e.preventDefault();
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" data-testid="command-palette">
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(current) : undefined}
          aria-label="Type a command"
          placeholder="Type a command…"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul ref={list} className="palette-list" role="listbox" id={listId} aria-label="Commands">
          {results.map(({ item, match }, i) => (
            <li
              key={item.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="palette-option"
              data-command-id={item.id}
              onMouseMove={() => i !== current && setSelected(i)}
              onClick={() => run(item)}
            >
              <span className="palette-group">{item.group}</span>
              <span className="palette-title">{markMatches(item.title, match.positions, item.group.length + 2)}</span>
              {item.keys?.[0] ? (
                <span className="palette-keys" aria-label={`Shortcut ${shortcutKeys(item.keys[0], isMac).join(' ')}`}>
                  {shortcutKeys(item.keys[0], isMac).map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {results.length === 0 ? (
          <p className="palette-empty" role="status">
            No command matches “{query}”.
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** The title with the characters the query matched in bold; positions count from `offset`. */
function markMatches(title: string, positions: readonly number[], offset: number) {
  const hits = new Set(positions.map((p) => p - offset).filter((p) => p >= 0));
  if (hits.size === 0) return title;
  const parts: { text: string; hit: boolean }[] = [];
  for (let i = 0; i < title.length; i++) {
    const hit = hits.has(i);
    const last = parts[parts.length - 1];
    if (last && last.hit === hit) last.text += title[i];
    else parts.push({ text: title[i]!, hit });
  }
  return parts.map((p, i) => (p.hit ? <b key={i}>{p.text}</b> : <span key={i}>{p.text}</span>));
}
