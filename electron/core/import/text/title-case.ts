// Turns headlines and names set in capitals ("OPPORTUNISTIC BEDFELLOWS", "BY THEO SOMMER") into the
// case a reader expects. English small-word rules; short vowel-less words (UK, BBC) stay capitals.
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'on', 'to', 'up', 'via', 'with', 'from', 'vs']);

function capitalizeParts(word: string): string {
  // Each part of "SINO-RUSSIAN" or "O'BRIEN" gets its own capital.
  return word.toLowerCase().replace(/(^|[-'’‘"“(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(word) && !/[AEIOUY]/.test(word);
}

export function toTitleCase(text: string): string {
  const words = text.split(' ');
  return words
    .map((w, i) => {
      if (isAcronym(w)) return w;
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(lower)) return lower;
      return capitalizeParts(w);
    })
    .join(' ');
}

export function toNameCase(text: string): string {
  return text.split(' ').map(capitalizeParts).join(' ');
}
