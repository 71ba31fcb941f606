// Collapses a line shown twice in a row (a title or byline printed twice by the page template).
// Compared ignoring case, spacing and markdown marks, so "# TITLE" and "Title" count as the same.
import { liveIndices, type CleaningUnit } from './cleaning-unit';

function comparable(text: string): string {
  return text.replace(/[#*_]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function dropRepeatedLines(units: CleaningUnit[]): void {
  const live = liveIndices(units);
  for (let k = 1; k < live.length; k++) {
    const prev = units[live[k - 1]!]!;
    const cur = units[live[k]!]!;
    if (prev.reason === null && comparable(prev.text) === comparable(cur.text)) {
      cur.reason = 'repeated line';
      prev.repeated = true;
      live[k] = live[k - 1]!; // a third copy compares against the kept one
    }
  }
}
