// Spots a site banner pasted as one line: the same phrase repeated back to back ("Check it out! Check
// it out! Check it out!"). Compares words at a fixed distance, so it stays linear on huge lines.
const MAX_PERIOD = 20;
const MAX_WORDS = 5_000;

export function isRepeatedPhrase(text: string): boolean {
  const words = text.slice(0, 60_000).toLowerCase().split(' ').slice(0, MAX_WORDS);
  for (let period = 1; period <= MAX_PERIOD && period * 3 <= words.length; period++) {
    let same = 0;
    for (let i = period; i < words.length; i++) if (words[i] === words[i - period]) same++;
    // Three or more copies, with at most a word or two of drift (punctuation, a cut-off end).
    if (same >= words.length - period - 2 && same >= period * 2) return true;
  }
  return false;
}
