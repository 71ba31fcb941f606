// Guesses the article language from common function words. Only a few European languages, and null
// when the evidence is thin or two languages score alike: a wrong language is worse than none.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'be', 'by', 'this', 'are', 'from', 'have', 'has', 'but', 'which', 'their', 'they', 'will', 'would'],
  ro: ['și', 'în', 'este', 'care', 'că', 'să', 'pe', 'cu', 'din', 'pentru', 'sunt', 'fost', 'mai', 'acest', 'această', 'nu', 'la', 'un', 'o', 'ale', 'lui', 'cel', 'după', 'dar'],
  de: ['der', 'die', 'und', 'den', 'von', 'zu', 'das', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht', 'ein', 'eine', 'als', 'auch', 'werden', 'aus', 'wird', 'sie'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'du', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'ce', 'il', 'elle', 'sont', 'mais', 'ont', 'aux', 'cette', 'nous'],
  es: ['el', 'los', 'del', 'las', 'por', 'para', 'con', 'una', 'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'fue', 'ha', 'este', 'esta', 'entre', 'cuando', 'muy', 'sin', 'sobre'],
  it: ['il', 'di', 'che', 'è', 'della', 'gli', 'per', 'sono', 'del', 'con', 'una', 'questo', 'anche', 'più', 'nel', 'alla', 'dei', 'delle', 'come', 'ma', 'ha', 'essere', 'stato', 'loro'],
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang]);
}

const MAX_CHARS = 20_000;
const MIN_HITS = 5;

export function guessLanguage(text: string): string | null {
  const scores = new Map<string, number>();
  for (const m of text.slice(0, MAX_CHARS).toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const lang of LOOKUP.get(m[0]) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_HITS) return null;
  if (second && second[1] * 1.5 > best[1]) return null;
  return best[0];
}
