// A passage's words, clamped to a few lines until the reader asks for the rest. With `onShow`, the
// words are a button that takes the reader to the passage; "More" sits beside it, never inside.
import { useState } from 'react';

export function PassageText({ text, lines = 3, onShow }: { text: string; lines?: number; onShow?: () => void }) {
  const [full, setFull] = useState(false);
  const long = text.length > lines * 60;
  const words = (
    <span className={full || !long ? undefined : 'is-clamped'} style={{ WebkitLineClamp: lines }}>
      {text}
    </span>
  );
  return (
    <span className="passage-text">
      {onShow ? (
        <button
          type="button"
          className="passage-jump"
          title="Show in its column"
          onClick={(e) => {
            // The card around it would show the passage too.
            e.stopPropagation();
            onShow();
          }}
        >
          {words}
        </button>
      ) : (
        words
      )}
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
