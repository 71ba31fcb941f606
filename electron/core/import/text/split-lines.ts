// Splits decoded text into non-blank lines ("units") and remembers how many blank lines preceded each,
// because blank lines are the only paragraph and page-break signal a plain-text file has.
export interface TextUnit {
  text: string;
  /** 1-based line number in the source, for reports. */
  line: number;
  blankBefore: number;
}

export function splitIntoUnits(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  let blank = 0;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    // Zero-width characters are invisible leftovers of web pages; no-break spaces read as spaces.
    const clean = raw.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
    if (clean === '') {
      blank++;
      continue;
    }
    units.push({ text: clean, line: lineNo, blankBefore: units.length === 0 ? 0 : blank });
    blank = 0;
  }
  return units;
}
