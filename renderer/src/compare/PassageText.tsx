// A passage's words, clamped to a few lines until the reader asks for the rest.
import { useState } from 'react';

export function PassageText({ text, lines = 3 }: { text: string; lines?: number }) {
  const [full, setFull] = useState(false);
  const long = text.length > lines * 60;
  return (
    <span className="passage-text">
      <span className={full || !long ? undefined : 'is-clamped'} style={{ WebkitLineClamp: lines }}>
        {text}
      </span>
      {long ? (
        <button
          type="button"
          className="passage-expand"
          aria-expanded={full}
          onClick={(e) => {
            // Expanding is not a request to jump to the passage.
            e.stopPropagation();
            setFull((f) => !f);
          }}
        >
          {full ? 'Less' : 'More'}
        </button>
      ) : null}
    </span>
  );
}
