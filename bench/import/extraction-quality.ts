// Extraction quality report: word-level precision / recall / F1 of Readability's textContent and of
// our extractor on the saved news pages in electron/core/import/fixtures/news-pages/.
// Run: node --import tsx bench/import/extraction-quality.ts [--json]
import { evaluateNewsPages, meanScore } from '../../electron/core/import/quality/evaluate-extraction';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);

export async function extractionQuality(): Promise<Record<string, unknown>> {
  const scores = await evaluateNewsPages();
  return {
    pages: scores,
    mean: { readability: meanScore(scores.map((s) => s.readability)), ours: meanScore(scores.map((s) => s.ours)) },
  };
}

async function main(): Promise<void> {
  const report = await extractionQuality();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const scores = report.pages as Awaited<ReturnType<typeof evaluateNewsPages>>;
  console.log(`${'page'.padEnd(28)}  readability P / R / F1     ours P / R / F1`);
  for (const { page, readability: r, ours: o } of scores) {
    console.log(`${page.padEnd(28)}  ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}   ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}`);
  }
  const m = report.mean as { readability: { precision: number; recall: number; f1: number }; ours: { precision: number; recall: number; f1: number } };
  console.log(`${'mean'.padEnd(28)}  ${pct(m.readability.precision)} ${pct(m.readability.recall)} ${pct(m.readability.f1)}   ${pct(m.ours.precision)} ${pct(m.ours.recall)} ${pct(m.ours.f1)}`);
}

if (require.main === module) main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
