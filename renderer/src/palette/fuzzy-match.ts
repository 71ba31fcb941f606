// Fuzzy filtering of command names: every typed character must appear in order; matches at word
// starts and in runs score higher, so "tld" finds "Theme: light / dark" before "Toggle …led".

export interface FuzzyMatch {
  score: number;
  /** Indexes of the matched characters in the text, for bold marks in the list. */
  positions: number[];
}

export function fuzzyMatch(query: string, text: string): FuzzyMatch | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (q === '') return { score: 0, positions: [] };
  const t = text.toLowerCase();
  const positions: number[] = [];
  let score = 0;
  let from = 0;
  for (const ch of q) {
    const at = t.indexOf(ch, from);
    if (at < 0) return null;
    const wordStart = at === 0 || /[\s:/(–-]/.test(t[at - 1] ?? '');
    const inRun = positions.length > 0 && positions[positions.length - 1] === at - 1;
    score += 1 + (wordStart ? 8 : 0) + (inRun ? 5 : 0) - Math.min(at - from, 10) * 0.2;
    positions.push(at);
    from = at + 1;
  }
  // Shorter names win ties: "Close column" before "Close all columns but this one".
  return { score: score - t.length * 0.01, positions };
}

/** The items whose text matches, best first; the original order breaks ties. */
export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string): { item: T; match: FuzzyMatch }[] {
  const out: { item: T; match: FuzzyMatch; index: number }[] = [];
  items.forEach((item, index) => {
    const match = fuzzyMatch(query, text(item));
    if (match) out.push({ item, match, index });
  });
  if (query.trim() !== '') out.sort((a, b) => b.match.score - a.match.score || a.index - b.index);
  return out.map(({ item, match }) => ({ item, match }));
}
