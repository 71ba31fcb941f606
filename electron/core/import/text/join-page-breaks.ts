// Rejoins paragraphs that a page or column break cut in two: the first part stops mid-sentence and
// the next non-removed line carries on in lowercase ("…transformation of" / "the global governance…").
// Hard-wrapped files (every paragraph broken at ~70 characters) are joined line by line the same way.
import { bulletKind, countWords, endsWithTerminal, startsLowercase } from './classify-line';
import { endsWithWordHyphen, joinHyphenated, type Vocabulary } from './join-hyphenation';

export interface BodyLine {
  text: string;
  blankBefore: number;
}

const MIN_FRAGMENT_WORDS = 4;
// A line that ends like this is finished, or introduces what follows (a list, a quote).
const CLOSED = /[:;]["”’»)]*$/;

function isStructural(text: string): boolean {
  return bulletKind(text) !== null || /^#{1,6} /.test(text) || text.startsWith('> ');
}

/** Most lines run straight into the next one without a blank line, in mid-sentence. */
export function isHardWrapped(lines: readonly BodyLine[]): boolean {
  let wrapped = 0;
  let candidates = 0;
  for (let k = 1; k < lines.length; k++) {
    if (lines[k]!.blankBefore !== 0) continue;
    candidates++;
    const prev = lines[k - 1]!.text;
    if (prev.length >= 40 && prev.length <= 100 && !endsWithTerminal(prev)) wrapped++;
  }
  return candidates >= 5 && wrapped / candidates >= 0.5;
}

export function joinBrokenParagraphs(lines: readonly BodyLine[], vocabulary: Vocabulary): BodyLine[] {
  const wrapped = isHardWrapped(lines);
  const out: BodyLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && shouldJoin(prev.text, line, wrapped)) {
      prev.text = endsWithWordHyphen(prev.text) ? joinHyphenated(prev.text, line.text, vocabulary) : `${prev.text} ${line.text}`;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

function shouldJoin(prev: string, next: BodyLine, wrapped: boolean): boolean {
  if (isStructural(next.text) || (isStructural(prev) && !wrapped)) return false;
  if (endsWithTerminal(prev) || CLOSED.test(prev)) return false;
  if (wrapped && next.blankBefore === 0) return true;
  if (countWords(prev) < MIN_FRAGMENT_WORDS) return false;
  if (endsWithWordHyphen(prev)) return /^\p{L}/u.test(next.text);
  return startsLowercase(next.text);
}
