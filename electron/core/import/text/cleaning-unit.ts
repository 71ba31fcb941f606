// A line under cleaning: the source line plus the verdict rules have given it so far.
import type { TextUnit } from './split-lines';

export interface CleaningUnit extends TextUnit {
  /** Why the line is not body text; null while it still counts as article text. */
  reason: string | null;
  /** The line appeared twice in a row in the source (a byline or title shown twice). */
  repeated: boolean;
}

export function toCleaningUnits(units: readonly TextUnit[]): CleaningUnit[] {
  return units.map((u) => ({ ...u, reason: null, repeated: false }));
}

/** Indices of lines still counted as article text, in order. */
export function liveIndices(units: readonly CleaningUnit[]): number[] {
  const out: number[] = [];
  units.forEach((u, i) => {
    if (u.reason === null) out.push(i);
  });
  return out;
}

export function isCreditReason(reason: string | null): boolean {
  return reason !== null && reason.startsWith('photo credit');
}
