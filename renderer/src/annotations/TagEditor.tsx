// An explicit tag list: chips with a remove button and a field that adds a tag on Enter or comma.
// `#tags` written in a note are tags too; they show beside these but are edited in the note.
import { useState, type KeyboardEvent } from 'react';

interface Props {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
  label: string;
  testId?: string;
}

export function TagEditor({ tags, onChange, label, testId }: Props) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim().replace(/^#+/, '').replace(/,+$/, '').trim();
    setDraft('');
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) onChange([...tags, tag].slice(0, 30));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && !draft && tags.length) {
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="tag-editor" data-testid={testId}>
      {tags.map((tag) => (
        <span key={tag} className="tag-chip tag-chip-editable" data-testid="tag-chip" data-tag={tag}>
          #{tag}
          <button type="button" className="tag-remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-input"
        type="text"
        value={draft}
        maxLength={60}
        aria-label={label}
        placeholder={tags.length ? 'Add tag…' : 'Add tags…'}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
    </div>
  );
}
