// A collapsible section of the comparison pane: a heading button with a count, then the body.
import { useId, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  count?: number;
  testId?: string;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function PaneSection({ title, count, testId, defaultOpen = true, children }: Props) {
  const [open, setOpen] = useState(defaultOpen);
  const bodyId = useId();
  return (
    <section className="compare-section" data-testid={testId} aria-label={title}>
      <h3 className="compare-section-heading">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <svg className="compare-caret" width={12} height={12} viewBox="0 0 12 12" aria-hidden="true">
            <path d="M4 2.5 8 6l-4 3.5" fill="none" stroke="currentColor" strokeWidth={1.6} />
          </svg>
          <span>{title}</span>
          {count !== undefined ? <span className="compare-count">{count}</span> : null}
        </button>
      </h3>
      <div id={bodyId} className="compare-section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}

/** A list that shows its first `limit` items and a button for the rest. */
export function ShowMore<T>({ items, limit, render, noun }: { items: readonly T[]; limit: number; render: (item: T, index: number) => ReactNode; noun: string }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  return (
    <>
      {shown.map(render)}
      {items.length > limit ? (
        <button type="button" className="compare-more" onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${items.length} ${noun}`}
        </button>
      ) : null}
    </>
  );
}
