// What an article is about, as features for relating articles: sublinear term frequencies of
// content stems (title words boosted), canonical named entities, mentioned dates, and when it happened.
import type { EntityKind } from '../../../shared/comparison';
import type { CompareDoc } from '../compare/compare-doc';
import { findEntities } from '../compare/entities';
import { contentStems } from '../compare/words';
import { dayNumber, eventMonth, mentionedDates } from './mentioned-dates';

export interface DocumentInput {
  id: number;
  title: string | null;
  /** The article's canonical plain text. */
  text: string;
  publishedAt: string | null;
}

export interface EntityFeature {
  name: string;
  kind: EntityKind;
}

/** Library-independent features of one article: stored as they are, weighted when used. */
export interface DocumentFeatures {
  /** Stem → 1 + log(tf), title occurrences counting TITLE_BOOST times. */
  terms: Record<string, number>;
  /** Entity id ("person:xi-jinping") → name and kind. */
  entities: Record<string, EntityFeature>;
  /** "2022-02-04" | "2022-02" | "2022" → mentions. */
  dates: Record<string, number>;
  /** Day number (days since 1970) of the publication date, else of the month named most; or null. */
  eventDay: number | null;
}

const TITLE_BOOST = 3;
// Stems this short or made only of digits say little about an event ("#2", "al").
const USEFUL_STEM = /^(?:[^#\d].|#(?:19|20)\d\d$)/;

export function documentFeatures(input: DocumentInput): DocumentFeatures {
  const counts = new Map<string, number>();
  const add = (stems: string[], weight: number) => {
    for (const s of stems) if (s.length > 2 && USEFUL_STEM.test(s)) counts.set(s, (counts.get(s) ?? 0) + weight);
  };
  add(contentStems(input.text), 1);
  if (input.title) add(contentStems(input.title), TITLE_BOOST);
  const terms: Record<string, number> = {};
  for (const [s, tf] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) terms[s] = round(1 + Math.log(tf));

  const fullText = input.title ? `${input.title}\n\n${input.text}` : input.text;
  const doc: CompareDoc = { id: input.id, title: input.title, outlet: null, publishedAt: input.publishedAt, authors: [], text: fullText, blockStarts: [0], emphasis: [], sentences: [] };
  const entities: Record<string, EntityFeature> = {};
  for (const e of findEntities([doc])) entities[e.id] = { name: e.name, kind: e.kind };

  const mentioned = mentionedDates(fullText);
  const dates: Record<string, number> = {};
  for (const [d, n] of [...mentioned].sort((a, b) => (a[0] < b[0] ? -1 : 1))) dates[d] = n;
  const published = input.publishedAt && /^\d{4}-\d{2}-\d{2}/.test(input.publishedAt) ? input.publishedAt.slice(0, 10) : null;
  const eventDay = dayNumber(published ?? eventMonth(input.publishedAt, mentioned));
  return { terms, entities, dates, eventDay };
}

/** Every feature an article counts once towards library frequencies: stems, "@entity", "~date". */
export function featureKeys(f: DocumentFeatures): string[] {
  return [...Object.keys(f.terms), ...Object.keys(f.entities).map((e) => '@' + e), ...Object.keys(f.dates).map((d) => '~' + d)];
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
