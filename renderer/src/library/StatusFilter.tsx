// All / Unread / Reading / Done above the library list, with how many articles each holds.
// The choice is kept for the next session.
import { useMemo, useState } from 'react';
import type { ReadingStatus } from '../../../shared/reading';
import { readStored, writeStored } from '../state/local-store';
import type { ArticleReading } from '../state/reading-progress';

export type StatusFilterValue = 'all' | ReadingStatus;

const OPTIONS: { value: StatusFilterValue; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'unread', label: 'Unread' },
  { value: 'reading', label: 'Reading' },
  { value: 'done', label: 'Done' },
];

const FILTER_KEY = 'parallax.library-status-filter';

export function matchesFilter(reading: ArticleReading, filter: StatusFilterValue): boolean {
  return filter === 'all' || reading.status === filter;
}

export function useStatusFilter() {
  return useState<StatusFilterValue>(() => {
    const stored = readStored(FILTER_KEY);
    return OPTIONS.some((o) => o.value === stored) ? (stored as StatusFilterValue) : 'all';
  });
}

interface Props {
  value: StatusFilterValue;
  onChange: (value: StatusFilterValue) => void;
  readings: ReadonlyMap<number, ArticleReading>;
}

export function StatusFilter({ value, onChange, readings }: Props) {
  // The table re-renders as it scrolls; counting ten thousand articles each time would show.
  const counts = useMemo(() => {
    const c: Record<StatusFilterValue, number> = { all: readings.size, unread: 0, reading: 0, done: 0 };
    for (const r of readings.values()) c[r.status] += 1;
    return c;
  }, [readings]);
  return (
    <div className="status-filter" role="group" aria-label="Show articles" data-testid="status-filter">
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          className="status-filter-option"
          aria-pressed={value === o.value}
          data-status={o.value}
          onClick={() => {
            onChange(o.value);
            writeStored(FILTER_KEY, o.value);
          }}
        >
          {o.label}
          <span className="status-filter-count">{counts[o.value].toLocaleString()}</span>
        </button>
      ))}
    </div>
  );
}
