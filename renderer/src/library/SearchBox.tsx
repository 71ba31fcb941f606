// The search field above the library: typing searches and offers suggestions (titles, people,
// outlets) in a listbox, Esc closes the suggestions and then clears, ↓ moves through the
// suggestions or into the results. "/" or Ctrl/Cmd+L comes back here from anywhere in the window
// (a window command: palette/use-app-commands.ts; Ctrl/Cmd+K opens the command palette).
import { useEffect, useRef, useState } from 'react';
import type { Suggestion } from '../../../shared/search';
import { SUGGESTIONS_ID, SuggestionList, suggestionId } from '../search/SuggestionList';
import { useSuggestions } from '../search/use-suggestions';
import { CloseIcon, SearchIcon } from '../ui/icons';
import { MOD_KEY } from '../ui/platform';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onArrowDown: () => void;
  onPickSuggestion: (suggestion: Suggestion) => void;
  busy: boolean;
}

export function SearchBox({ value, onChange, onArrowDown, onPickSuggestion, busy }: Props) {
  const input = useRef<HTMLInputElement>(null);
  // Suggestions show while the person types, not after they picked one or pressed Esc.
  const [typing, setTyping] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const typed = useRef(value);
  const suggestions = useSuggestions(value, typing);
  const expanded = typing && suggestions.length > 0;

  useEffect(() => setActiveIndex(-1), [suggestions]);
  // The query changed from elsewhere (a chip, a saved search): not typing any more.
  useEffect(() => {
    if (value !== typed.current) setTyping(false);
  }, [value]);

  const pick = (s: Suggestion) => {
    setTyping(false);
    onPickSuggestion(s);
  };

  return (
    <div className="search-combo">
      <div className="search-box" role="search" data-busy={busy || undefined}>
        <SearchIcon />
        <input
          ref={input}
          type="search"
          className="search-input"
          data-testid="search-input"
          placeholder="Search the library"
          aria-label="Search the library"
          aria-keyshortcuts={MOD_KEY === 'Ctrl' ? '/ Control+L' : '/ Meta+L'}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={SUGGESTIONS_ID}
          aria-activedescendant={expanded && activeIndex >= 0 ? suggestionId(activeIndex) : undefined}
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => {
            typed.current = e.target.value;
            setTyping(true);
            onChange(e.target.value);
          }}
          onBlur={() => setTyping(false)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              if (expanded) setTyping(false);
              else onChange('');
            } else if (e.key === 'ArrowDown') {
              e.preventDefault();
              if (expanded && activeIndex < suggestions.length - 1) setActiveIndex(activeIndex + 1);
              else if (!expanded) onArrowDown();
            } else if (e.key === 'ArrowUp' && expanded) {
              e.preventDefault();
              setActiveIndex(Math.max(activeIndex - 1, -1));
            } else if (e.key === 'Enter' && expanded && activeIndex >= 0) {
              e.preventDefault();
              pick(suggestions[activeIndex]!);
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
          <span className="search-shortcut" aria-hidden="true" title={`Press / or ${MOD_KEY}+L to search from anywhere`}>
            <kbd>/</kbd> or <kbd>{MOD_KEY} L</kbd>
          </span>
        )}
      </div>
      {expanded ? <SuggestionList suggestions={suggestions} activeIndex={activeIndex} onPick={pick} onHover={setActiveIndex} /> : null}
    </div>
  );
}
