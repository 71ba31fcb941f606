// The search field above the library: typing searches, Esc clears, ↓ moves into the results,
// Ctrl/Cmd+K comes back here from anywhere in the window.
import { useEffect, useRef } from 'react';
import { CloseIcon, SearchIcon } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onArrowDown: () => void;
  busy: boolean;
}

export function SearchBox({ value, onChange, onArrowDown, busy }: Props) {
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focusSearch = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', focusSearch);
    return () => window.removeEventListener('keydown', focusSearch);
  }, []);

  return (
    <div className="search-box" role="search" data-busy={busy || undefined}>
      <SearchIcon />
      <input
        ref={input}
        type="search"
        className="search-input"
        data-testid="search-input"
        placeholder="Search the library"
        aria-label="Search the library"
        aria-keyshortcuts={MOD_KEY === 'Ctrl' ? 'Control+K' : 'Meta+K'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onChange('');
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
      />
      {value ? (
        <button
          type="button"
          className="icon-button search-clear"
          aria-label="Clear search"
          title="Clear search (Esc)"
          onClick={() => {
            onChange('');
            input.current?.focus();
          }}
        >
          <CloseIcon size={14} />
        </button>
      ) : (
        <kbd className="search-shortcut" aria-hidden="true">
          {MOD_KEY} K
        </kbd>
      )}
    </div>
  );
}
