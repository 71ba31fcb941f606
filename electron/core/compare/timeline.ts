// Dated events: dates found with chrono-node (relative ones resolved against the article's
// publication date when known, otherwise only dates that name a month or a year), merged across
// sources when the same date goes with a similar sentence, and ordered.
import * as chrono from 'chrono-node';
import type { Passage, TimelineEvent } from '../../../shared/comparison';
import { sentencePassage, type CompareDoc, type Sentence } from './compare-doc';
import { isCreditLine } from './credit-lines';
import { buildSentenceVectors, sentenceSimilarity } from './similarity';

/** Two sentences on one date this similar describe one event. */
export const SAME_EVENT_MIN_SCORE = 0.18;

interface Dated {
  date: string;
  precision: TimelineEvent['precision'];
  sentence: Sentence;
  /** The sentence without its date, so two events are not alike merely for sharing one. */
  rest: string;
}

export function findDates(doc: CompareDoc): Dated[] {
  const reference = doc.publishedAt ? new Date(doc.publishedAt.length === 10 ? doc.publishedAt + 'T12:00:00Z' : doc.publishedAt) : null;
  const out: Dated[] = [];
  const lastBlock = doc.blockStarts.length - 1;
  for (const sentence of doc.sentences) {
    // "X was editor from 1973 to 1992" dates the author's career, not the story.
    if (isCreditLine(sentence, lastBlock)) continue;
    const results = chrono.parse(sentence.text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
    const covered: [number, number][] = [];
    for (const r of results) {
      const c = r.start;
      // Without a publication date only what the text itself pins down counts: a month name or a year.
      if (!reference && !(MONTH_RE.test(r.text) || YEAR_RE.test(r.text))) continue;
      covered.push([r.index, r.index + r.text.length]);
      // A bare number chrono reads as a day or time is not a date here.
      if (!/[A-Za-z]/.test(r.text) && !/^\d{4}$/.test(r.text.trim())) continue;
      const y = c.get('year');
      const mo = c.get('month');
      const d = c.get('day');
      const knownYear = c.isCertain('year') || !!reference;
      const hasDay = c.isCertain('day') || (!!reference && !c.isCertain('month') && !c.isCertain('year'));
      const hasMonth = c.isCertain('month') || hasDay;
      if (!knownYear && !hasMonth) continue;
      const yyyy = knownYear && y !== null ? String(y).padStart(4, '0') : '-';
      const mm = String(mo ?? 1).padStart(2, '0');
      const dd = String(d ?? 1).padStart(2, '0');
      const rest = sentence.text.slice(0, r.index) + ' ' + sentence.text.slice(r.index + r.text.length);
      if (hasDay) out.push({ date: `${yyyy}-${mm}-${dd}`, precision: 'day', sentence, rest });
      else if (hasMonth) out.push({ date: `${yyyy}-${mm}`, precision: 'month', sentence, rest });
      else out.push({ date: yyyy, precision: 'year', sentence, rest });
    }
    // Bare years ("since 2013", "in 2024"), which chrono leaves alone.
    for (const m of sentence.text.matchAll(/\b(?:in|since|by|until|from|to|of|before|after|early|late|mid)\s+((?:1[89]|20)\d{2})(s?)\b/gi)) {
      const at = m.index! + m[0].length - m[1]!.length - m[2]!.length;
      if (m[2] || covered.some(([a, b]) => at >= a && at < b)) continue;
      out.push({ date: m[1]!, precision: 'year', sentence, rest: sentence.text.replace(m[1]!, ' ') });
    }
  }
  return out;
}

const MONTH_RE = /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const YEAR_RE = /\b(1[89]|20)\d{2}\b/;

export function buildTimeline(docs: readonly CompareDoc[]): TimelineEvent[] {
  const order = docs.map((d) => d.id);
  const dated = docs.flatMap(findDates);
  const vectors = buildSentenceVectors(dated.map((x) => ({ articleId: x.sentence.articleId, text: x.rest })));
  const events: { date: string; precision: TimelineEvent['precision']; members: number[] }[] = [];
  dated.forEach((x, i) => {
    const home = events.find(
      (e) =>
        e.date === x.date &&
        e.members.some((j) => dated[j]!.sentence === x.sentence || (dated[j]!.sentence.articleId !== x.sentence.articleId && sentenceSimilarity(vectors[j]!, vectors[i]!) >= SAME_EVENT_MIN_SCORE)),
    );
    if (home) home.members.push(i);
    else events.push({ date: x.date, precision: x.precision, members: [i] });
  });
  const rank = (id: number) => order.indexOf(id);
  return events
    .map((e) => {
      const sentences = [...new Set(e.members.map((j) => dated[j]!.sentence))].sort((a, b) => rank(a.articleId) - rank(b.articleId) || a.start - b.start);
      const passages: Passage[] = sentences.map(sentencePassage);
      return { date: e.date, precision: e.precision, articleIds: [...new Set(passages.map((p) => p.articleId))], passages };
    })
    .sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || rank(a.articleIds[0]!) - rank(b.articleIds[0]!) || a.passages[0]!.start - b.passages[0]!.start);
}

/** Sort key: dated events in order, then those whose year is unknown ("--12-15"). */
function dateKey(date: string): string {
  return date.startsWith('-') ? '9999' + date : date;
}
