// Comparison speed: the five sample articles (target ≤ 300 ms) and twenty generated ~1,000-word
// articles recombined from sample sentences with a seeded PRNG (target ≤ 2 s). Medians of several runs.
import { compareArticles } from '../../electron/core/compare/compare-articles';
import { toCompareDoc, type ComparableArticle } from '../../electron/core/compare/compare-doc';
import { loadSampleArticles } from '../../electron/core/compare/fixtures/sample-articles';
import { countWords } from '../../shared/text';
import { seededRandom } from '../../electron/testing/seeded-random';

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const runs = quick ? 3 : 7;
  const samples = loadSampleArticles();
  const coldStart = performance.now();
  compareArticles(samples);
  const coldMs = performance.now() - coldStart;
  const sampleMs = median(times(runs, () => compareArticles(samples)));

  const generated = generateArticles(samples, 20, 1000, 20240615);
  const words = generated.map((a) => countWords(a.blocks.map((b) => b.text).join(' ')));
  let last = compareArticles(generated);
  const generatedMs = median(times(runs, () => (last = compareArticles(generated))));
  return {
    runs,
    samples: { articles: samples.length, coldMs: round(coldMs), medianMs: round(sampleMs), targetMs: 300, withinTarget: sampleMs <= 300 },
    generated: {
      articles: generated.length,
      meanWords: Math.round(words.reduce((s, w) => s + w, 0) / words.length),
      medianMs: round(generatedMs),
      targetMs: 2000,
      withinTarget: generatedMs <= 2000,
      sharedClaims: last.sharedClaims.length,
      entities: last.entities.length,
      quotes: last.quotes.length,
    },
  };
}

/** Articles of about `words` words, each paragraph a run of consecutive sample sentences. */
function generateArticles(samples: ComparableArticle[], count: number, words: number, seed: number): ComparableArticle[] {
  const sentences = samples.flatMap((a) => toCompareDoc(a).sentences.map((s) => s.text));
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      const start = Math.floor(random() * sentences.length);
      const length = 1 + Math.floor(random() * 4);
      const paragraph = sentences.slice(start, start + length).join(' ');
      paragraphs.push(paragraph);
      total += countWords(paragraph);
    }
    return { id: i + 1, title: `Generated ${i + 1}`, outlet: null, publishedAt: null, blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) };
  });
}


function times(n: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    fn();
    out.push(performance.now() - start);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
