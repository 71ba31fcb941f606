// Word-level differences between two wordings of a quote (longest common subsequence), so a
// slightly changed quote shows exactly which words an outlet added or dropped.
import type { DiffToken } from '../../../shared/comparison';

export function quoteWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function normaliseQuote(text: string): string {
  return quoteWords(text).map((w) => w.toLowerCase().replace(/’/g, "'")).join(' ');
}

/** Tokens of `to` against `from`: kept words are "same", new ones "added", dropped ones "removed". */
export function diffWords(from: string, to: string): DiffToken[] {
  const a = quoteWords(from);
  const b = quoteWords(to);
  const key = (w: string) => w.toLowerCase().replace(/’/g, "'");
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffToken[] = [];
  const push = (op: DiffToken['op'], text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ' ' + text;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (key(a[i]!) === key(b[j]!)) {
      push('same', b[j]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('removed', a[i++]!);
    else push('added', b[j++]!);
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return out;
}

/** How much two quotes share: Jaccard on words, or containment when one is a fragment of the other. */
export function quoteOverlap(a: string, b: string): number {
  const wa = new Set(normaliseQuote(a).split(' ').filter(Boolean));
  const wb = new Set(normaliseQuote(b).split(' ').filter(Boolean));
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const jaccard = shared / (wa.size + wb.size - shared);
  const smaller = Math.min(wa.size, wb.size);
  const containment = smaller >= 4 ? shared / smaller : 0;
  return Math.max(jaccard, containment * 0.9);
}
