// `#tag` words written in notes. A tag starts after a space or punctuation (not inside a URL's
// `#fragment` or a Markdown heading's `# `) and holds letters, digits, `_` and `-`.
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_][\p{L}\p{N}_-]*)/gu;

/** The tags a note names with `#word`, in order of first use, without duplicates (case-insensitive). */
export function extractHashtags(text: string | null | undefined): string[] {
  if (!text) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1]!.replace(/[-_]+$/, '');
    // "#1" or "#2024" is a number, not a tag.
    if (!/\p{L}/u.test(tag) || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

/** Explicit tags and note hashtags together, first spelling wins, sorted for display. */
export function mergeTags(...lists: readonly (readonly string[])[]): string[] {
  const byKey = new Map<string, string>();
  for (const list of lists) for (const tag of list) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}

export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tag.toLowerCase();
  return tags.some((t) => t.toLowerCase() === key);
}
