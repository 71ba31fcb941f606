// Snippets of a hit's body, made in JS: FTS5's snippet() re-tokenizes (and stems) the whole
// article for every hit, ~0.3 ms each at 900 words. Here the query's stems are looked for with
// one regular expression over a case- and accent-folded copy of the text, and only the chosen
// window is tokenized. Matching follows the index: folded, Porter-stemmed words; phrases in order.
import { MATCH_END, MATCH_START } from '../../../shared/text';
import type { QueryClause, QueryField } from './parse-query';
import { porterStem } from './porter-stem';
import { foldWord } from './term-vocabulary';

/** A query term that can match in the body: its words (folded, stemmed) in order. */
export interface BodyTerm {
  stems: string[];
  /** The last word is a prefix (prefix*), matched without stemming. */
  prefix: boolean;
}

const SNIPPET_TOKENS = 28;
/** Tokens shown before the first match, so the match is read in context. */
const LEAD_TOKENS = 4;
/** Roughly how many characters a window of SNIPPET_TOKENS covers, for choosing among matches. */
const WINDOW_CHARS = 180;
const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/uy;
const WORDS = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** The positive terms of a query that search the body (not only a title:, author: or outlet:). */
export function bodyTerms(clauses: QueryClause[]): BodyTerm[] {
  return termsFor(clauses, null);
}

/** The positive terms that can match each field: unqualified ones, and those naming the field. */
export function fieldTerms(clauses: QueryClause[]): Record<'body' | 'title' | 'authors' | 'outlet', BodyTerm[]> {
  return {
    body: termsFor(clauses, null),
    title: termsFor(clauses, 'title'),
    authors: termsFor(clauses, 'authors_text'),
    outlet: termsFor(clauses, 'outlet'),
  };
}

/** Whether any of `terms` matches in `text` (a title, byline or outlet). */
export function containsMatch(text: string, terms: BodyTerm[]): boolean {
  return terms.length > 0 && text.length > 0 && findMatches(foldSameLength(text), terms).length > 0;
}

function termsFor(clauses: QueryClause[], field: QueryField | null): BodyTerm[] {
  const out: BodyTerm[] = [];
  for (const clause of clauses) {
    for (const t of clause) {
      if (t.negated || (t.field !== null && t.field !== field)) continue;
      const words = foldWord(t.words).match(WORDS) ?? [];
      if (!words.length) continue;
      out.push({ stems: words.map((w, i) => (t.prefix && i === words.length - 1 ? w : porterStem(w))), prefix: t.prefix });
    }
  }
  return out;
}

/** Up to SNIPPET_TOKENS words of `text` around its best match, matches wrapped in MATCH_START/END. */
export function makeSnippet(text: string, terms: BodyTerm[]): string {
  const folded = foldSameLength(text);
  const matches = terms.length ? findMatches(folded, terms) : [];
  let start = 0;
  if (matches.length) {
    // The window holding the most different terms; the earliest among equals.
    let best = { at: matches[0]!.at, distinct: 0 };
    for (const m of matches) {
      const distinct = new Set(matches.filter((o) => o.at >= m.at && o.at < m.at + WINDOW_CHARS).map((o) => o.term)).size;
      if (distinct > best.distinct) best = { at: m.at, distinct };
    }
    start = leadStart(folded, best.at);
  }
  const tokens = tokensFrom(folded, start, SNIPPET_TOKENS);
  if (!tokens.length) return '';
  const from = tokens[0]!.start;
  const to = tokens[tokens.length - 1]!.end;
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const span of spansIn(tokens, terms)) {
    out += text.slice(cursor, span.start) + MATCH_START + text.slice(span.start, span.end) + MATCH_END;
    cursor = span.end;
  }
  out += text.slice(cursor, to);
  WORDS.lastIndex = to;
  const more = WORDS.test(folded);
  WORDS.lastIndex = 0;
  // At the end of the text its closing punctuation is kept; elsewhere an ellipsis says there is more.
  return more ? `${out}…` : out + text.slice(to).trimEnd();
}

/** Lower case without accents, keeping every character's offset (so spans map back to `text`). */
export function foldSameLength(text: string): string {
  if (!/[^\p{ASCII}]/u.test(text)) return text.toLowerCase();
  return text
    .replace(/[^\p{ASCII}]/gu, (c) => {
      const base = [...c.normalize('NFD')][0]!.toLowerCase();
      return base.length === c.length ? base : c;
    })
    .replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

interface Token {
  start: number;
  end: number;
  /** Folded, combining marks removed. */
  word: string;
}

function tokensFrom(folded: string, from: number, max: number): Token[] {
  const out: Token[] = [];
  WORDS.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = WORDS.exec(folded))) {
    out.push({ start: m.index, end: m.index + m[0].length, word: m[0].replace(/\p{M}/gu, '') });
  }
  WORDS.lastIndex = 0;
  return out;
}

/** Where a snippet starts so that LEAD_TOKENS words come before the match at `at`. */
function leadStart(folded: string, at: number): number {
  let start = at;
  for (let i = 0; i < LEAD_TOKENS; i++) {
    let j = start - 1;
    while (j >= 0 && !isWordChar(folded[j]!)) j--;
    if (j < 0) break;
    while (j > 0 && isWordChar(folded[j - 1]!)) j--;
    start = j;
  }
  return start;
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}\p{M}\p{Co}]/u.test(c);
}

function wordMatches(word: string, stem: string, prefix: boolean): boolean {
  return prefix ? word.startsWith(stem) : porterStem(word) === stem;
}

/** Positions in `folded` where a term's first word matches (candidates found by one regex). */
function findMatches(folded: string, terms: BodyTerm[]): { at: number; term: number }[] {
  const heads = terms.map((t) => {
    const s = t.stems[0]!;
    // A word's stem keeps all but (sometimes) its last letter: "happy" → "happi", "agreed" → "agre".
    return t.prefix && t.stems.length === 1 ? s : s.length >= 4 ? s.slice(0, -1) : s.slice(0, 2);
  });
  const alternatives = [...new Set(heads)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const re = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}\\p{Co}])(?:${alternatives.join('|')})`, 'gu');
  const out: { at: number; term: number }[] = [];
  for (const m of folded.matchAll(re)) {
    TOKEN.lastIndex = m.index;
    const word = TOKEN.exec(folded)![0].replace(/\p{M}/gu, '');
    const term = terms.findIndex((t, i) => word.startsWith(heads[i]!) && matchesAt(folded, m.index, t));
    if (term >= 0) out.push({ at: m.index, term });
    if (out.length >= 200) break; // enough to choose a window from
  }
  return out;
}

/** Whether `term` (all its words, in order) matches at the token starting at `at`. */
function matchesAt(folded: string, at: number, term: BodyTerm): boolean {
  const tokens = tokensFrom(folded, at, term.stems.length);
  return (
    tokens.length === term.stems.length &&
    tokens.every((tok, i) => wordMatches(tok.word, term.stems[i]!, term.prefix && i === term.stems.length - 1))
  );
}

/** The character spans of matches among the window's tokens (a phrase is one span). */
function spansIn(tokens: Token[], terms: BodyTerm[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const t of terms) {
      const n = t.stems.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = wordMatches(tokens[i + k]!.word, t.stems[k]!, t.prefix && k === n - 1);
      if (ok) {
        spans.push({ start: tokens[i]!.start, end: tokens[i + n - 1]!.end });
        i += n - 1;
        break;
      }
    }
  }
  return spans;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
