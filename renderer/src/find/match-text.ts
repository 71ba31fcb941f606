// Finds the terms in a text, case- and diacritic-insensitively, on word boundaries. Returns
// [start, end) offsets in the original text, in order and without overlaps.
import { foldText, type FindTerm } from './find-terms';

export interface TextMatch {
  start: number;
  end: number;
}

/** The folded text with, for each of its UTF-16 units, the offset in the original. */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = foldText(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return { folded, offsets };
}

// The search index stems English words (porter), so "sanction" finds "sanctions" and
// "sanctioned": allow the common inflections after a word's stem.
const SUFFIXES = '(?:s|es|ed|d|ing|ings|er|ers|ly|ies|ied|y|al|ally|ion|ions|ment|ments|ation|ations)?';
const STRIPPED = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 's', 'ly'];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function stem(word: string): string {
  if (/\d/.test(word)) return word;
  const suffix = STRIPPED.find((s) => word.endsWith(s) && word.length - s.length >= 4);
  return suffix ? word.slice(0, -suffix.length) : word;
}

function termPattern(term: FindTerm): string {
  const words = term.words.map((w, i) => {
    const last = i === term.words.length - 1;
    if (last && term.prefix) return `${escape(w)}[\\p{L}\\p{N}]*`;
    if (!term.phrase && /\p{L}/u.test(w)) {
      const s = stem(w);
      return s === w ? `${escape(w)}${SUFFIXES}` : `(?:${escape(w)}|${escape(s)}${SUFFIXES})`;
    }
    return escape(w);
  });
  return `(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
}

export function findMatches(text: string, terms: readonly FindTerm[]): TextMatch[] {
  if (!terms.length || !text) return [];
  const { folded, offsets } = foldWithOffsets(text);
  const pattern = new RegExp(terms.map(termPattern).join('|'), 'gu');
  const matches: TextMatch[] = [];
  for (const m of folded.matchAll(pattern)) {
    if (!m[0]) continue;
    const start = offsets[m.index]!;
    const end = offsets[m.index + m[0].length]!;
    const last = matches[matches.length - 1];
    if (last && start < last.end) continue;
    matches.push({ start, end });
  }
  return matches;
}
