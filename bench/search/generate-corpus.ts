// Reproducible synthetic libraries for the search benchmark: ~900-word articles whose words follow
// a Zipfian distribution over real English words (from the sample corpus) plus a long tail of
// invented ones, with real names, outlets, dates and languages. Rows go straight in through the
// core's insertArticle, in big transactions, bypassing the text cleaner.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { insertArticle } from '../../electron/core/library/articles';

export const PEOPLE = [
  'Xi Jinping', 'Vladimir Putin', 'Joe Biden', 'Volodymyr Zelenskyy', 'Olaf Scholz', 'Emmanuel Macron',
  'Ursula von der Leyen', 'Sergei Lavrov', 'Antony Blinken', 'Wang Yi', 'Jens Stoltenberg', 'Rishi Sunak',
  'Recep Tayyip Erdogan', 'Narendra Modi', 'Dmitry Peskov', 'Alexei Navalny', 'Mălina Mîndruțescu',
  'Kamala Harris', 'Boris Johnson', 'Viktor Orbán', 'Andrzej Duda', 'Klaus Iohannis', 'Li Keqiang', 'Yevgeny Prigozhin',
];
export const OUTLETS = [
  'Reuters', 'Associated Press', 'BBC News', 'The Guardian', 'Le Monde', 'Der Spiegel', 'South China Morning Post',
  'CNN', 'Al Jazeera', 'The New York Times', 'Financial Times', 'Politico Europe', 'Kyiv Independent', 'Meduza',
];
const FIRST = ['Anna', 'Mark', 'Elena', 'David', 'Sofia', 'Jan', 'Maria', 'Peter', 'Lucia', 'Tom', 'Irina', 'Paul', 'Chen', 'Aisha', 'Jonas', 'Clara'];
const LAST = ['Sommer', 'Novak', 'Fischer', 'Rossi', 'Petrov', 'Kowalski', 'Dubois', 'Smith', 'Lee', 'Garcia', 'Ionescu', 'Müller', 'Haddad', 'Berg'];
const PHRASES = ['gas station', 'sanctions regime', 'Nord Stream pipeline', 'Winter Olympics', 'security guarantees', 'grain corridor', 'no limits partnership'];
const LANGUAGES = ['en', 'en', 'en', 'en', 'en', 'en', 'en', 'de', 'fr', 'ro'];


export interface Vocabulary {
  words: string[];
  cdf: Float64Array;
}

/** Real words ordered by their frequency in the sample corpus, then invented words; Zipf s = 1.05. */
export function buildVocabulary(sampleDir: string, size: number, random: () => number): Vocabulary {
  const counts = new Map<string, number>();
  for (const f of fs.readdirSync(sampleDir)) {
    const text = fs.readFileSync(path.join(sampleDir, f), 'utf8').toLowerCase();
    for (const w of text.match(/[a-z]{2,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const seen = new Set(words);
  const syllables = ['ka', 'ro', 'mi', 'sel', 'tan', 'vor', 'li', 'den', 'pra', 'gu', 'nes', 'ti', 'bal', 'cor', 'fen', 'ha', 'zu', 'mel', 'ost', 'ri'];
  while (words.length < size) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += syllables[Math.floor(random() * syllables.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cdf = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) cdf[i] = sum += 1 / Math.pow(i + 1, 1.05);
  for (let i = 0; i < cdf.length; i++) cdf[i]! /= sum;
  return { words, cdf };
}

export function zipfWord(v: Vocabulary, random: () => number): string {
  const x = random();
  let lo = 0;
  let hi = v.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return v.words[lo]!;
}

export const pick = <T>(xs: readonly T[], random: () => number): T => xs[Math.floor(random() * xs.length)]!;

export interface GeneratedArticle {
  title: string;
  authors: string[];
  outlet: string;
  publishedAt: string | null;
  language: string;
  paragraphs: string[];
}

export function generateArticle(v: Vocabulary, random: () => number): GeneratedArticle {
  const person = pick(PEOPLE, random);
  const titleWords = Array.from({ length: 5 + Math.floor(random() * 5) }, () => zipfWord(v, random));
  titleWords.splice(Math.floor(random() * titleWords.length), 0, person);
  const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
  const authors = Array.from({ length: 1 + Math.floor(random() * 2) }, () => `${pick(FIRST, random)} ${pick(LAST, random)}`);
  const day = Math.floor(random() * 6 * 365);
  const publishedAt = random() < 0.05 ? null : new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  const target = 600 + Math.floor(random() * 600);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < target) {
    const n = 60 + Math.floor(random() * 60);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(zipfWord(v, random));
    if (random() < 0.5) words.splice(Math.floor(random() * n), 0, random() < 0.7 ? person : pick(PEOPLE, random));
    if (random() < 0.15) words.splice(Math.floor(random() * n), 0, pick(PHRASES, random));
    count += n;
    paragraphs.push(words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
  }
  return { title, authors, outlet: pick(OUTLETS, random), publishedAt, language: pick(LANGUAGES, random), paragraphs };
}

/** Inserts `count` generated articles in transactions of `batch`; returns them as plain text too if asked. */
export function insertGenerated(
  db: Database,
  articles: Iterable<GeneratedArticle>,
  onText?: (i: number, text: string) => void,
  batch = 1000,
): { articles: number; bytes: number } {
  let n = 0;
  let bytes = 0;
  let pending: GeneratedArticle[] = [];
  const flush = db.transaction((items: GeneratedArticle[]) => {
    for (const a of items) {
      const body = a.paragraphs.join('\n\n');
      const hash = crypto.createHash('sha1').update(`${n}:${a.title}:${body.length}`).digest('hex');
      insertArticle(db, {
        title: a.title, subtitle: null, authors: a.authors, outlet: a.outlet, publishedAt: a.publishedAt, url: null,
        language: a.language, blocks: a.paragraphs.map((text) => ({ type: 'paragraph' as const, text })), body,
        wordCount: body.split(' ').length, contentHash: hash, sourceName: `bench-${n}.txt`, sourceFormat: 'txt',
        original: Buffer.from(body), originalHash: hash,
      });
      onText?.(n, `${a.title}\n${a.authors.join(', ')}\n${a.outlet}\n\n${body}`);
      bytes += body.length;
      n++;
    }
  });
  for (const a of articles) {
    pending.push(a);
    if (pending.length >= batch) {
      flush(pending);
      pending = [];
    }
  }
  if (pending.length) flush(pending);
  return { articles: n, bytes };
}
