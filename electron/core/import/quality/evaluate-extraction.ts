// Extraction quality on saved news pages with hand-made ground truth (fixtures/news-pages/): the
// word-level score of Readability's own textContent next to ours (deck and text blocks; pictures
// are placeholders, not text). Used by the quality test and `bench/import/extraction-quality.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { linkedom } from '../esm-packages';
import { extractArticle } from '../extract-article';
import { wordF1, type WordScore } from './word-f1';

export const NEWS_PAGES = path.join(__dirname, '..', 'fixtures', 'news-pages');

export interface PageScore {
  page: string;
  readability: WordScore;
  ours: WordScore;
}

export function readabilityText(html: string): string {
  const { document } = linkedom.parseHTML(html) as unknown as { document: unknown };
  return new Readability(document as never).parse()?.textContent ?? '';
}

export async function ourText(name: string, bytes: Uint8Array): Promise<string> {
  const article = await extractArticle({ name, bytes });
  const blocks = article.blocks.filter((b) => b.type !== 'image').map((b) => b.text);
  return [article.subtitle ?? '', ...blocks].join('\n\n');
}

export async function evaluateNewsPages(dir = NEWS_PAGES): Promise<PageScore[]> {
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const scores: PageScore[] = [];
  for (const page of pages) {
    const bytes = fs.readFileSync(path.join(dir, page));
    const truth = fs.readFileSync(path.join(dir, page.replace(/\.html$/, '.truth.txt')), 'utf8');
    scores.push({
      page,
      readability: wordF1(readabilityText(bytes.toString('utf8')), truth),
      ours: wordF1(await ourText(page, bytes), truth),
    });
  }
  return scores;
}

/** The mean of each measure over the pages. */
export function meanScore(scores: readonly WordScore[]): WordScore {
  const mean = (k: keyof WordScore) => scores.reduce((sum, s) => sum + s[k], 0) / Math.max(1, scores.length);
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}
