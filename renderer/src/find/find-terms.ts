// What to look for in an article's text: the positive words and phrases of a search query (or
// of what was typed in the find bar), with the core's spelling corrections applied. Filters,
// exclusions and field terms (outlet:, author:) describe the article, not its text, so they are
// left out.
import { tokenizeQuery } from '../search/query-text';

export interface FindTerm {
  /** Normalised words (see `foldText`); more than one for a phrase. */
  words: string[];
  /** Match any word that starts with the last word (`sanc*`). */
  prefix: boolean;
  /** A phrase is matched word for word; single words also match simple inflections. */
  phrase: boolean;
}

export interface Correction {
  from: string;
  to: string;
}

/** Lower case without diacritics: "Mîndruțescu" → "mindrutescu". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function splitWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

export function findTermsOf(query: string, corrections: readonly Correction[] = []): FindTerm[] {
  const fixed = new Map(corrections.map((c) => [foldText(c.from), splitWords(c.to)]));
  const terms: FindTerm[] = [];
  for (const token of tokenizeQuery(query)) {
    if (token.isOr || token.negated) continue;
    if (token.field && token.field !== 'title') continue;
    const words = splitWords(token.value).flatMap((w) => fixed.get(w) ?? [w]);
    if (!words.length) continue;
    if (token.quoted && words.length > 1) terms.push({ words, prefix: false, phrase: true });
    else for (const [i, w] of words.entries()) terms.push({ words: [w], prefix: token.prefix && i === words.length - 1, phrase: false });
  }
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.words.join(' ')}|${t.prefix}|${t.phrase}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The words typed into the find bar: every word is looked for, "quotes" keep a phrase. */
export function findTermsOfTyped(text: string): FindTerm[] {
  const terms: FindTerm[] = [];
  for (const m of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const words = splitWords(m[1] ?? m[2] ?? '');
    if (!words.length) continue;
    if (m[1] !== undefined && words.length > 1) terms.push({ words, prefix: false, phrase: true });
    // Typing in a find bar: the word being typed matches as a prefix, like a browser's find.
    else for (const w of words) terms.push({ words: [w], prefix: true, phrase: false });
  }
  return terms;
}
