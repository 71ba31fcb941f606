// A story's key terms as a reader says them: the centroid's strongest stems, less stop words,
// reporting verbs ("said", "told", "according") and words of the people, places and organisations
// already listed, one term per word family ("Ukraine", "Ukrainian"), each shown as its most frequent
// surface form in the story's own text ("tariffs", "Kremlin"). Pure: texts are passed in.
import { STOP_WORDS, stem, tokenize } from '../compare/words';

/** How many key terms a story shows. */
export const KEY_TERMS = 8;
/** Stems considered before filtering, so that enough remain. */
const CANDIDATES = 40;
/** Articles read for surface forms, most central first: enough to see every top term. */
export const SURFACE_ARTICLES = 8;

const REPORTING = new Set(['said', 'says', 'saying', 'say', 'told', 'tell', 'tells', 'telling', 'according', 'added', 'adds'].map(stem));
const STOP_STEMS = new Set([...STOP_WORDS].map(stem));

/**
 * Two stems of one word family: equal, or one a prefix of the other (five letters or more) that a
 * short suffix lengthens ("ukrain"/"ukrainian", "russia"/"russian").
 */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.length - short.length <= 3 && long.startsWith(short);
}

/**
 * Ranked candidate stems (strongest first) reduced to the ones worth showing: no stop words, reporting
 * verbs, numbers or entity words, and one per word family (the stronger one).
 */
export function keyTermStems(ranked: readonly string[], entityNames: readonly string[], limit = CANDIDATES): string[] {
  const entityStems = new Set<string>();
  for (const name of entityNames) for (const t of tokenize(name)) entityStems.add(stem(t.word));
  const kept: string[] = [];
  for (const s of ranked) {
    if (kept.length >= limit) break;
    if (s.startsWith('#') || STOP_STEMS.has(s) || REPORTING.has(s)) continue;
    if ([...entityStems].some((e) => sameFamily(s, e))) continue;
    if (kept.some((k) => sameFamily(s, k))) continue;
    kept.push(s);
  }
  return kept;
}

/**
 * Surface forms of stems in texts (read in order, stopping once every stem has been seen): per stem
 * its most frequent spelling, lower-case unless mostly capitalised. Stems never seen are left out.
 */
export function surfaceForms(stems: readonly string[], texts: Iterable<string>, stemCache = new Map<string, string>()): Map<string, string> {
  const wanted = new Set(stems);
  const counts = new Map<string, Map<string, { n: number; capitalised: Map<string, number> }>>();
  for (const text of texts) {
    for (const t of tokenize(text)) {
      let s = stemCache.get(t.word);
      if (s === undefined) stemCache.set(t.word, (s = stem(t.word)));
      if (!wanted.has(s)) continue;
      let forms = counts.get(s);
      if (!forms) counts.set(s, (forms = new Map()));
      const lower = t.word.toLowerCase();
      const c = forms.get(lower) ?? { n: 0, capitalised: new Map<string, number>() };
      c.n++;
      if (t.word !== lower) c.capitalised.set(t.word, (c.capitalised.get(t.word) ?? 0) + 1);
      forms.set(lower, c);
    }
    if (counts.size === wanted.size) break;
  }
  const out = new Map<string, string>();
  for (const s of stems) {
    const forms = counts.get(s);
    if (!forms) continue;
    const [lower, c] = [...forms].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(s, capitalisedMostly(c) ?? lower);
  }
  return out;
}

/** The spelling capitalised as written most often ("Kremlin", "NATO") when most uses are capitalised. */
function capitalisedMostly(c: { n: number; capitalised: Map<string, number> }): string | null {
  let total = 0;
  for (const n of c.capitalised.values()) total += n;
  if (total * 2 <= c.n) return null;
  return [...c.capitalised].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Key terms as words: the filtered stems' surface forms, strongest first, at most `KEY_TERMS`. */
export function keyTerms(ranked: readonly string[], entityNames: readonly string[], texts: Iterable<string>, stemCache?: Map<string, string>): string[] {
  const stems = keyTermStems(ranked, entityNames);
  const forms = surfaceForms(stems, texts, stemCache);
  const out: string[] = [];
  for (const s of stems) {
    const form = forms.get(s);
    if (form && !out.includes(form)) out.push(form);
    if (out.length >= KEY_TERMS) break;
  }
  return out;
}
