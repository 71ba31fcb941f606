// Numbers with what they measure: ordinals ("37th meeting"), money ("$140 billion", "140bn"),
// percentages, distances, counts. Normalised, so the same measure with different values across
// sources surfaces as a discrepancy with both passages.
import type { Figure, FigureDiscrepancy, FigureKind } from '../../../shared/comparison';
import { passageOf, type CompareDoc } from './compare-doc';
import { isStopWord, stem, tokenize } from './words';

interface Found {
  kind: FigureKind;
  value: number;
  unit: string | null;
  start: number;
  end: number;
  /** Where to look for the measured noun: right after `end` first, else before `start`. */
  measure?: string;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', dollars: 'USD', euros: 'EUR', pounds: 'GBP', yuan: 'CNY', roubles: 'RUB', rubles: 'RUB' };
const KM: Record<string, number> = { kilometres: 1, kilometers: 1, kilometre: 1, kilometer: 1, km: 1, miles: 1.609344, mile: 1.609344, metres: 0.001, meters: 0.001 };
const DURATION: Record<string, number> = { year: 1, month: 1 / 12, week: 1 / 52, day: 1 / 365 };

const PATTERNS: { re: RegExp; read(m: RegExpExecArray): Omit<Found, 'start' | 'end'> | null }[] = [
  {
    re: new RegExp(String.raw`(?:US|U\.S\.)?\s?([$€£¥])\s?${NUM}\s*(trillion|billion|million|thousand|trn|tn|bn|mn|m|k)?\b`, 'gi'),
    read: (m) => ({ kind: 'money', value: num(m[2], m[3]) * (SCALE[(m[4] ?? '').toLowerCase()] ?? 1), unit: CURRENCY[m[1]!]! }),
  },
  {
    re: new RegExp(String.raw`\b${NUM}\s*(trillion|billion|million|trn|tn|bn|mn)?\s+(dollars|euros|pounds|yuan|roubles|rubles)\b`, 'gi'),
    read: (m) => ({ kind: 'money', value: num(m[1], m[2]) * (SCALE[(m[3] ?? '').toLowerCase()] ?? 1), unit: CURRENCY[m[4]!.toLowerCase()]! }),
  },
  {
    re: new RegExp(String.raw`\b${NUM}\s?(%|per ?cent\b|percent\b)`, 'gi'),
    read: (m) => ({ kind: 'percent', value: num(m[1], m[2]), unit: '%' }),
  },
  {
    re: /\b(\d+)(st|nd|rd|th)\b/gi,
    read: (m) => ({ kind: 'ordinal', value: Number(m[1]), unit: null }),
  },
  {
    re: new RegExp(String.raw`\b${NUM}[\s-]?(kilometres|kilometers|kilometre|kilometer|km|miles|mile|metres|meters)\b`, 'gi'),
    read: (m) => ({ kind: 'distance', value: round(num(m[1], m[2]) * KM[m[3]!.toLowerCase()]!), unit: 'km' }),
  },
  {
    re: /\b(\d+)-(year|month|week|day)s?\b/gi,
    read: (m) => ({ kind: 'duration', value: round(Number(m[1]) * DURATION[m[2]!.toLowerCase()]!), unit: 'years' }),
  },
  {
    // "17-page", "5300-word", "12-point": a count whose unit names the measure.
    re: /\b(\d[\d,]*)-([a-z]{3,})\b/g,
    read: (m) => (DURATION[m[2]!] || KM[m[2]!] ? null : { kind: 'count', value: num(m[1]), unit: null, measure: stem(m[2]!) }),
  },
  {
    re: new RegExp(String.raw`\b${NUM}(?=\s+(?:[a-z][a-z-]*\s+)?[a-z]{3,})`, 'g'),
    read: (m) => {
      const value = num(m[1], m[2]);
      // Bare years are dates (the timeline's business), not counts.
      return value >= 1900 && value <= 2100 && !m[2] ? null : { kind: 'count', value, unit: null };
    },
  },
];

const BACK_SKIP = new Set(
  `last meager meagre mere some about nearly almost around roughly just over under more less than only total least
  year years annual record estimated hit reach reached rose rise fell fall stood totalled totaled topped exceeded
  grew dropped climbed amounted worth cost valued was were is are run runs stretch stretches span spans measures covers`.split(/\s+/),
);
const VERB_NOUN: Record<string, string> = { meet: 'meeting', visit: 'visit', summit: 'summit', talk: 'talk' };

/** Every figure in one article, in text order; overlapping matches keep the first, most specific pattern. */
export function findFigures(doc: CompareDoc): Figure[] {
  const found: Found[] = [];
  for (const sentence of doc.sentences) {
    const taken: [number, number][] = [];
    for (const { re, read } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
        const start = sentence.start + m.index + (m[0].length - m[0].trimStart().length);
        const end = sentence.start + m.index + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        // Numbers inside names are not figures: "Covid-19", "G7", "Nord Stream 2", "Group of 7".
        const before = doc.text.slice(Math.max(0, start - 20), start);
        if (/[\p{L}]-?$/u.test(before) || /^[\d,]+[A-Z]/.test(doc.text.slice(start, end + 1))) continue;
        const r = read(m);
        if (!r) continue;
        const named = /(\p{Lu}[\p{L}]*)\s+(of\s+)?$/u.exec(before);
        if (r.kind === 'count' && named && !isStopWord(named[1]!)) continue;
        taken.push([start, end]);
        found.push({ ...r, start, end });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  const figures: Figure[] = [];
  for (const f of found) {
    const sentence = doc.sentences.find((s) => s.start <= f.start && f.end <= s.end)!;
    const measure = f.measure ?? measureOf(doc.text, sentence.start, sentence.end, f);
    if (!measure) continue;
    figures.push({
      articleId: doc.id,
      kind: f.kind,
      measure,
      value: f.value,
      unit: f.unit,
      raw: doc.text.slice(f.start, f.end),
      passage: passageOf(doc, sentence.start, sentence.end),
    });
  }
  return figures;
}

/** The noun a number measures: the next content word ("37th meeting"), else the nearest before. */
function measureOf(text: string, sStart: number, sEnd: number, f: Found): string | null {
  const after = tokenize(text.slice(f.end, sEnd)).slice(0, 3);
  const next = after[0];
  if (next && /^\p{Ll}/u.test(next.word) && !isStopWord(next.word) && !/^\d/.test(next.word)) {
    const head = stem(next.word);
    // "the 37th time that the two leaders had met": the measure is the verb the clause is about.
    if (head === 'time') {
      for (const t of tokenize(text.slice(f.end, Math.min(sEnd, f.end + 60))).slice(1, 9)) {
        const v = VERB_NOUN[stem(t.word)];
        if (v) return v;
      }
    }
    if (f.kind === 'count' && after[1] && /^\p{Ll}/u.test(after[1].word) && !isStopWord(after[1].word) && /(ed|al|ive|ic|ing)$/.test(next.word)) {
      return label(stem(after[1].word), after[1].word);
    }
    return label(head, next.word);
  }
  if (f.kind === 'count') return null;
  const before = tokenize(text.slice(sStart, f.start)).reverse();
  for (const t of before.slice(0, 8)) {
    const w = t.word.toLowerCase();
    if (isStopWord(t.word) || /^\d/.test(w) || SCALE[w] || BACK_SKIP.has(w) || /(ing|ed)$/.test(w)) continue;
    return label(stem(t.word), t.word);
  }
  return null;
}

/** A readable name for the measure: the word as written, singular ("participants" → "participant"). */
function label(stemmed: string, word: string): string {
  const verbNoun = VERB_NOUN[stemmed];
  if (verbNoun) return verbNoun;
  const w = word.toLowerCase();
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  return /[^s]s$/.test(w) ? w.slice(0, -1) : w;
}

/**
 * Same kind, measure and unit in two or more articles, with values that do not agree: an article
 * whose values share nothing with another's. Values within one article ("from $140bn to $250bn") never clash.
 */
export function findFigureDiscrepancies(figures: readonly Figure[], articleOrder: readonly number[]): FigureDiscrepancy[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.kind}|${f.measure}|${f.unit ?? ''}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  const rank = (id: number) => articleOrder.indexOf(id);
  const out: Omit<FigureDiscrepancy, 'id'>[] = [];
  for (const list of groups.values()) {
    const byArticle = new Map<number, Set<number>>();
    for (const f of list) byArticle.set(f.articleId, (byArticle.get(f.articleId) ?? new Set()).add(f.value));
    if (byArticle.size < 2) continue;
    const sets = [...byArticle.values()];
    const clash = sets.some((a, i) => sets.some((b, j) => j > i && ![...a].some((v) => b.has(v))));
    if (!clash) continue;
    const values = [...new Set(list.map((f) => f.value))].sort((a, b) => a - b).map((value) => {
      const mine = list.filter((f) => f.value === value).sort((a, b) => rank(a.articleId) - rank(b.articleId) || a.passage.start - b.passage.start);
      return {
        value,
        raw: mine[0]!.raw,
        articleIds: [...new Set(mine.map((f) => f.articleId))],
        passages: mine.map((f) => f.passage),
      };
    });
    out.push({ kind: list[0]!.kind, measure: list[0]!.measure, unit: list[0]!.unit, values });
  }
  out.sort((a, b) => b.values.length - a.values.length || (a.kind + a.measure < b.kind + b.measure ? -1 : 1));
  return out.map((d, i) => ({ id: `figure-${i + 1}`, ...d }));
}

function num(intPart: string | undefined, frac?: string): number {
  return Number((intPart ?? '0').replace(/,/g, '') + (frac ? '.' + frac : ''));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
