// Word-level precision, recall and F1 of an extracted text against its hand-made ground truth: both
// are bags of lower-cased words (letters and digits, any script), compared with their counts.

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

export function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function wordF1(extracted: string, truth: string): WordScore {
  const wanted = new Map<string, number>();
  for (const w of words(truth)) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  const got = words(extracted);
  const truthCount = [...wanted.values()].reduce((a, b) => a + b, 0);
  let shared = 0;
  for (const w of got) {
    const left = wanted.get(w) ?? 0;
    if (left > 0) {
      shared++;
      wanted.set(w, left - 1);
    }
  }
  const precision = got.length === 0 ? 0 : shared / got.length;
  const recall = truthCount === 0 ? 0 : shared / truthCount;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
