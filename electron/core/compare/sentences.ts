// Splits an article's canonical text into sentences with character offsets, so every finding can
// point back into the text. Knows abbreviations ("U.S.", "Mr."), initials ("Vladimir V. Putin") and quotes.

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
    'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'no', 'nos', 'vol', 'vs', 'etc', 'approx',
    'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'e.g', 'i.e', 'cf', 'al',
  ].map((a) => a.toLowerCase()),
);

const CLOSERS = `"'”’)]»`;
const OPENERS = `"'“‘([«`;

/** Sentences of one piece of text (one block); offsets are into `text`. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.includes(text[end]!)) end++;
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (!startsSentence(text, next)) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
    pushSpan(spans, text, start, end);
    start = next;
    i = end - 1;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: TextSpan[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  if (e > start) spans.push({ start, end: e, text: text.slice(start, e) });
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function startsSentence(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && OPENERS.includes(text[j]!)) j++;
  const c = text[j];
  return c !== undefined && (/[\p{Lu}\p{N}]/u.test(c) || (j > i && /\p{L}/u.test(c)));
}

/** Is the period at `dot` the end of an abbreviation or an initial rather than of a sentence? */
function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (!word) return false;
  // Dotted acronyms and initials: "U.S", "U.N", "V" (as in "Vladimir V. Putin").
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
