// Word-level normalisation shared by the detectors: tokens, stop words and a light stemmer that
// makes "recognised", "recognized" and "recognize" one term, and "met" and "meeting" one verb.

export const STOP_WORDS = new Set(
  `a about above across after again against all almost also although am among an and another any anyone
  are around as at be became because become been before being below between both but by can cannot could
  did do does doing done down during each either else even ever every few for from further had has have
  having he her here hers herself him himself his how however i if in into is it its itself just least
  less let like made make many may me might mine more most much must my myself neither no nor not now of
  off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps
  quite rather same shall she should since so some such than that the their theirs them themselves then
  there these they this those though through thus to too toward towards under until up upon us very via
  was we well were what whatever when where whether which while who whom whose why will with within
  without would yet you your yours yourself also already still really s t mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

const IRREGULAR: Record<string, string> = {
  met: 'meet', meeting: 'meet', meetings: 'meet', said: 'say', says: 'say', saying: 'say', held: 'hold',
  told: 'tell', wrote: 'write', written: 'write', went: 'go', gone: 'go', men: 'man', women: 'woman',
  children: 'child', countries: 'country', bought: 'buy', sought: 'seek', fought: 'fight', began: 'begin',
  begun: 'begin', took: 'take', taken: 'take', gave: 'give', given: 'give', knew: 'know', known: 'know',
  won: 'win', lost: 'lose', led: 'lead', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  grew: 'grow', grown: 'grow', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose',
  kilometres: 'kilometer', kilometre: 'kilometer', kilometers: 'kilometer', km: 'kilometer',
  nato: 'nato', us: 'us', u_s: 'us', usa: 'us', america: 'us', american: 'us', americans: 'us',
};

export interface WordToken {
  /** Surface form as written. */
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let word = m[0];
    // Possessives are the same entity: "Putin’s" → "Putin".
    word = word.replace(/[’']s$/u, '');
    out.push({ word, start: m.index!, end: m.index! + word.length });
  }
  return out;
}

export function foldCase(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A light, deterministic stemmer: enough to match inflections and British/American spelling. */
export function stem(word: string): string {
  let w = foldCase(word).replace(/[’']/g, '');
  if (/^\d[\d,.]*(st|nd|rd|th)?$/.test(w)) return '#' + w.replace(/(st|nd|rd|th)$/, '').replace(/,/g, '');
  w = w.replace(/\./g, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  w = w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/(ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // Doubled final consonant after stripping ("planned" → "plann" → "plan").
  if (/([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

export function isStopWord(word: string): boolean {
  // Acronyms are names, not pronouns: "US" is a country, "us" a stop word.
  if (word.length >= 2 && /^[\p{Lu}.]+$/u.test(word)) return false;
  return STOP_WORDS.has(foldCase(word));
}

export function isNumberWord(word: string): boolean {
  return /^\d/.test(word);
}

/** Content stems of a text, in order: stop words dropped, numbers kept as "#37". */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (isStopWord(t.word)) continue;
    out.push(stem(t.word));
  }
  return out;
}
