// The listbox of suggestions under the search field (the ARIA combobox pattern: focus stays in
// the field, aria-activedescendant names the highlighted option).
import type { Suggestion } from '../../../shared/search';

export const SUGGESTIONS_ID = 'search-suggestions';
export const suggestionId = (index: number) => `search-suggestion-${index}`;

const KIND_LABEL: Record<Suggestion['kind'], string> = { title: 'Article', person: 'Author', outlet: 'Outlet' };

interface Props {
  suggestions: readonly Suggestion[];
  activeIndex: number;
  onPick: (s: Suggestion) => void;
  onHover: (index: number) => void;
}

export function SuggestionList({ suggestions, activeIndex, onPick, onHover }: Props) {
  return (
    <ul id={SUGGESTIONS_ID} className="suggestions" role="listbox" aria-label="Suggestions" data-testid="suggestions">
      {suggestions.map((s, i) => (
        <li
          key={`${s.kind}-${s.articleId ?? s.text}`}
          id={suggestionId(i)}
          role="option"
          aria-selected={i === activeIndex}
          className="suggestion"
          data-kind={s.kind}
          data-testid="suggestion"
          // Keep focus in the field: the pick happens on mouse down, before the field blurs.
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(s);
          }}
          onMouseEnter={() => onHover(i)}
        >
          <span className="suggestion-kind">{KIND_LABEL[s.kind]}</span>
          <span className="suggestion-text">{s.text}</span>
          {s.articleCount !== undefined ? <span className="suggestion-count">{s.articleCount}</span> : null}
        </li>
      ))}
    </ul>
  );
}
