// Finds where a pattern occurs in a text with at most `maxErrors` edits (Levenshtein), with the
// start of each occurrence. Sellers' dynamic programme with Ukkonen's cut-off: only rows that can
// still stay within the bound are computed, so the cost is about O(maxErrors × text length).
export interface ApproximateMatch {
  start: number;
  end: number;
  errors: number;
}

export function searchApproximate(text: string, pattern: string, maxErrors: number): ApproximateMatch[] {
  const m = pattern.length;
  const k = Math.max(0, Math.min(maxErrors, m));
  if (m === 0) return [];
  // cost[i] / from[i]: edit distance and start offset of the best alignment of pattern[0..i)
  // ending at the current text position; rows above `last` are known to exceed k.
  const cost = new Int32Array(m + 1);
  const from = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) cost[i] = i;
  let last = k;
  const ends: ApproximateMatch[] = [];

  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    let diag = cost[0]!;
    let diagFrom = from[0]!;
    cost[0] = 0;
    from[0] = j;
    const rows = Math.min(last + 1, m);
    for (let i = 1; i <= rows; i++) {
      const left = i <= last ? cost[i]! : k + 1;
      const leftFrom = from[i]!;
      let best = diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestFrom = diagFrom;
      if (cost[i - 1]! + 1 < best) {
        best = cost[i - 1]! + 1;
        bestFrom = from[i - 1]!;
      }
      if (left + 1 < best) {
        best = left + 1;
        bestFrom = leftFrom;
      }
      diag = left;
      diagFrom = leftFrom;
      cost[i] = best;
      from[i] = bestFrom;
    }
    last = rows;
    while (last > 0 && cost[last]! > k) last--;
    if (last === m) ends.push({ start: from[m]!, end: j, errors: cost[m]! });
  }
  return bestOfRuns(ends);
}

/** Consecutive end positions describe one occurrence; keep its fewest-error (then earliest) end. */
function bestOfRuns(ends: readonly ApproximateMatch[]): ApproximateMatch[] {
  const out: ApproximateMatch[] = [];
  let runEnd = -2;
  for (const match of ends) {
    const prev = out[out.length - 1];
    if (prev && match.end === runEnd + 1) {
      if (match.errors < prev.errors) out[out.length - 1] = match;
    } else {
      out.push(match);
    }
    runEnd = match.end;
  }
  return out;
}

/** Plain Levenshtein distance, for the short context strings around a quote. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1]! + 1, row[j]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length]!;
}
