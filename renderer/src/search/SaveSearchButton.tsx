// "Save search": asks for a name in place (Electron has no window.prompt), suggesting the query.
import { useEffect, useRef, useState } from 'react';

interface Props {
  query: string;
  onSave: (name: string) => Promise<boolean>;
}

export function SaveSearchButton({ query, onSave }: Props) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (naming) field.current?.select();
  }, [naming]);

  if (!naming) {
    return (
      <button
        type="button"
        className="button button-small"
        data-testid="save-search"
        onClick={() => {
          setName(query.trim().slice(0, 200));
          setNaming(true);
        }}
      >
        Save search
      </button>
    );
  }
  return (
    <form
      className="save-search-form"
      data-testid="save-search-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim() || saving) return;
        setSaving(true);
        const saved = await onSave(name.trim());
        setSaving(false);
        if (saved) setNaming(false);
      }}
    >
      <input
        ref={field}
        className="save-search-name"
        data-testid="save-search-name"
        aria-label="Name of the saved search"
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            setNaming(false);
          }
        }}
      />
      <button type="submit" className="button button-small button-primary" data-testid="save-search-confirm" disabled={!name.trim() || saving}>
        Save
      </button>
      <button type="button" className="button button-small" onClick={() => setNaming(false)}>
        Cancel
      </button>
    </form>
  );
}
