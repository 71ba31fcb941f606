// Decides how to rejoin a word split at a line or page break ("bind-" + "ing"). Typesetting hyphens
// are dropped; a real compound ("long-standing", "Sino-Russian") keeps its hyphen. The article's own
// vocabulary is the evidence: whichever spelling it uses elsewhere wins.
export type Vocabulary = ReadonlySet<string>;

export function buildVocabulary(text: string): Vocabulary {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    words.add(m[0]);
    if (m[0].includes('-')) for (const part of m[0].split('-')) words.add(part);
  }
  return words;
}

/** True when `left` ends in a hyphen that splits a word, not a dash or a list marker. */
export function endsWithWordHyphen(left: string): boolean {
  return /\p{L}-$/u.test(left.slice(-3));
}

/** Joins `left` (ending "…word-") and `right` (starting with the rest). */
export function joinHyphenated(left: string, right: string, vocabulary: Vocabulary): string {
  const head = /(\p{L}+)-$/u.exec(left.slice(-60))?.[1] ?? '';
  const tail = /^\p{L}+/u.exec(right)?.[0] ?? '';
  const keepHyphen =
    !/^\p{Ll}/u.test(right) || // "Sino-" + "Russian", "COVID-" + "19"
    (vocabulary.has(`${head}-${tail}`.toLowerCase()) && !vocabulary.has(`${head}${tail}`.toLowerCase()));
  return keepHyphen ? left + right : left.slice(0, -1) + right;
}
