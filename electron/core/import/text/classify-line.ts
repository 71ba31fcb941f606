// Shape of one line of plain text: the facts every cleaning rule asks about (length, case,
// how it ends, whether it is a bullet), computed in one linear pass.
export interface LineShape {
  words: number;
  endsSentence: boolean;
  startsLower: boolean;
  allCaps: boolean;
  bullet: 'ordered' | 'unordered' | null;
  headingMarks: number;
}

export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Ends with . ! ? … possibly followed by closing quotes/brackets or markup. */
export function endsWithTerminal(text: string): boolean {
  return /[.!?…]["'”’»)\]*_]*$/.test(text.slice(-8));
}

export function startsLowercase(text: string): boolean {
  return /^["'“‘„«([]*\p{Ll}/u.test(text.slice(0, 8));
}

export function isAllCaps(text: string): boolean {
  const sample = text.slice(0, 400);
  return /\p{Lu}.*\p{Lu}/su.test(sample) && !/\p{Ll}/u.test(sample);
}

export function bulletKind(text: string): LineShape['bullet'] {
  if (/^[•·▪◦‣●○■*-] /.test(text)) return 'unordered';
  if (/^\d{1,3}[.)] \S/.test(text)) return 'ordered';
  return null;
}

export function stripBullet(text: string): string {
  return text.replace(/^(?:[•·▪◦‣●○■*-]|\d{1,3}[.)]) /, '');
}

export function describeLine(text: string): LineShape {
  const heading = /^(#{1,6}) /.exec(text);
  return {
    words: countWords(text),
    endsSentence: endsWithTerminal(text),
    startsLower: startsLowercase(text),
    allCaps: isAllCaps(text),
    bullet: bulletKind(text),
    headingMarks: heading ? heading[1]!.length : 0,
  };
}

/** A paragraph of running prose, as opposed to a label, headline, credit or caption. */
export function isBodyProse(text: string): boolean {
  const words = countWords(text);
  return (words >= 12 && endsWithTerminal(text)) || words >= 30;
}

/** Could be a headline: a few words, not a finished sentence (questions and exclamations allowed). */
export function isHeadlineLike(text: string): boolean {
  const words = countWords(text);
  if (words < 2 || words > 30 || startsLowercase(text)) return false;
  return !/[.;,:]["'”’»)]*$/.test(text.slice(-6));
}
