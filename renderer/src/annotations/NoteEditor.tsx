// A note's text area that saves itself: shortly after typing stops, and when it loses focus.
import { useState } from 'react';
import { useDebouncedSave } from './use-debounced-save';

interface Props {
  initial: string;
  onSave: (body: string) => void;
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  testId?: string;
  rows?: number;
}

export function NoteEditor({ initial, onSave, label, placeholder, autoFocus, testId = 'note-editor', rows = 4 }: Props) {
  const [value, setValue] = useState(initial);
  const { change, flush } = useDebouncedSave(onSave, initial);
  return (
    <textarea
      className="note-editor"
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      rows={rows}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => {
        setValue(e.target.value);
        change(e.target.value);
      }}
      onBlur={flush}
    />
  );
}
