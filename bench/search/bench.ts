// Search benchmark: generated libraries of 1k, 10k (quick) and 100k articles. Measures import and
// indexing throughput, size on disk, cold start in a child process, search latency over a mixed
// query set, suggestions, peak memory, and `grep -ril` over the same articles as plain files.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../electron/core/library/library';
import { searchArticles } from '../../electron/core/search/search-articles';
import { TitleIndex } from '../../electron/core/search/title-index';
import { seededRandom } from '../../electron/testing/seeded-random';
import { cachedLibrary } from './cached-library';
import { buildVocabulary, type Vocabulary } from './generate-corpus';
import { buildQueries, type BenchQuery } from './queries';

const SAMPLE = path.resolve(__dirname, '..', '..', 'resources', 'sample-corpus');
const SEED = 20220204;
/** Warm-up queries per query kind, run before measuring each size (other queries than the measured ones). */
const WARM_UP_PER_KIND = 2;

const ms = (x: number) => Math.round(x * 100) / 100;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return ms(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!);
};

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  const out: Record<string, unknown> = { seed: SEED, sizes: {} as Record<string, unknown> };
  for (const size of sizes) {
    console.error(`search bench: ${size} articles…`);
    (out.sizes as Record<string, unknown>)[size] = benchSize(size);
  }
  out.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return out;
}

function benchSize(size: number): Record<string, unknown> {
  const random = seededRandom(SEED);
  const vocab = buildVocabulary(SAMPLE, 60_000, random);
  const cached = cachedLibrary(SEED, size, vocab, random, { noCache: process.argv.includes('--no-cache') });
  const lib = openLibrary({ dir: cached.dir });
  const queries = buildQueries(vocab, seededRandom(SEED + size));
  // Warm-up as an app's first searches would: other queries of the same kinds (not the measured
  // ones) load the vocabulary, prepare the statements and bring the index's upper pages into the
  // page cache; each measured query still finds its own document lists as it would.
  const warmUp = buildQueries(vocab, seededRandom(SEED + size + 1), WARM_UP_PER_KIND);
  for (const q of warmUp) timeQuery(lib.db, q, []);
  const cpu: number[] = [];
  const timings = queries.map((q) => ({ ...q, ms: timeQuery(lib.db, q, cpu) }));
  const all = timings.map((t) => t.ms);
  const byKind: Record<string, unknown> = {};
  for (const kind of new Set(timings.map((t) => t.kind))) {
    const xs = timings.filter((t) => t.kind === kind).map((t) => t.ms);
    byKind[kind] = { n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), max: pct(xs, 100) };
  }
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ kind: t.kind, q: t.q, ms: ms(t.ms) }));
  const dateSorted = queries.slice(0, 60).map((q) => {
    const s = performance.now();
    try {
      searchArticles(lib.db, q.q, { limit: 20, sort: 'date' });
    } catch {
      /* only-exclusion queries are refused; not timed differently */
    }
    return performance.now() - s;
  });

  // Resident memory with only search in use, then with the suggestion index loaded as well.
  const rssMBAfterQueries = Math.round(process.memoryUsage().rss / 1e6);
  const { prefixes, ...suggest } = benchSuggest(lib.db, vocab);
  const rssMBAfterSearch = Math.round(process.memoryUsage().rss / 1e6);
  lib.close();

  const cold = [0, 1, 2].map(() => coldStart(cached.dir, queries[1]!.q));
  const session = appSession(cached.dir, queries.map((q) => q.q), prefixes);
  console.error(`  ${size}: p50 ${pct(all, 50)} ms, p95 ${pct(all, 95)} ms, cpu p95 ${pct(cpu, 95)} ms`);
  const grep = benchGrep(cached.filesDir, timings.filter((t) => t.kind === 'word'));
  return {
    import: cached.built.import,
    importMeasuredIn: cached.fromCache ? `an earlier run that built the cached library (${cached.built.date})` : 'this run',
    libraryFromCache: cached.fromCache,
    disk: cached.built.disk,
    search: {
      queries: all.length,
      warmUp: `${warmUp.length} other queries of the same kinds (${WARM_UP_PER_KIND} per kind), run once before measuring; the measured queries are not run before`,
      p50: pct(all, 50),
      p95: pct(all, 95),
      p99: pct(all, 99),
      max: pct(all, 100),
      cpuP50: pct(cpu, 50),
      cpuP95: pct(cpu, 95),
      byKind,
      slowest,
    },
    loadAverageDuringRun: os.loadavg().map((x) => ms(x)),
    searchByDate: { p50: pct(dateSorted, 50), p95: pct(dateSorted, 95) },
    suggest,
    coldStart: {
      insideProcessMs: { median: ms(cold.map((c) => c.totalMs).sort((a, b) => a - b)[1]!), openMs: ms(cold[1]!.openMs), firstQueryMs: ms(cold[1]!.firstQueryMs) },
      wallMsIncludingTsxLoader: ms(cold.map((c) => c.wallMs).sort((a, b) => a - b)[1]!),
      childMaxRssMB: cold[1]!.maxRssMB,
    },
    grep,
    // The core process as the app runs it: library open, suggestion index loaded, every query
    // (by relevance and by date) and suggestion answered, in a child process of its own.
    appSessionPeakRssMB: session.maxRssMB,
    rssMBAfterQueries,
    rssMBAfterSearch,
    rssMBAfter: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Wall time of one query; its CPU time goes to `cpu` (less disturbed by other load on the machine). */
function timeQuery(db: import('better-sqlite3').Database, q: BenchQuery, cpu: number[]): number {
  const c = process.cpuUsage();
  const s = performance.now();
  try {
    searchArticles(db, q.q, { limit: 20 });
  } catch {
    /* counted like any answer */
  }
  const wall = performance.now() - s;
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  return wall;
}

function benchSuggest(db: import('better-sqlite3').Database, vocab: Vocabulary): Record<string, number> & { prefixes: string[] } {
  let s = performance.now();
  let index = TitleIndex.open(db); // first open: built from the articles and saved
  const buildMs = performance.now() - s;
  s = performance.now();
  index = TitleIndex.open(db); // later opens: loaded from search_state
  const loadMs = performance.now() - s;
  const random = seededRandom(SEED + 7);
  const prefixes = Array.from({ length: 60 }, (_, i) =>
    i % 3 === 0 ? ['Xi', 'Putin', 'Zelen', 'Reut', 'Guard', 'Somm', 'Mindr', 'Lavr'][i % 8]! : vocab.words[Math.floor(random() * 3000)]!.slice(0, 3 + (i % 4)),
  );
  const times = prefixes.map((p) => {
    const t = performance.now();
    index.suggest(p, 10);
    return performance.now() - t;
  });
  return { buildMs: ms(buildMs), loadMs: ms(loadMs), p50: pct(times, 50), p95: pct(times, 95), prefixes };
}

function appSession(dir: string, queries: string[], prefixes: string[]): { maxRssMB: number } {
  const file = path.join(os.tmpdir(), `parallax-bench-session-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify({ queries, prefixes }));
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'app-session.ts'), dir, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`app session failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function coldStart(dir: string, query: string): { totalMs: number; openMs: number; firstQueryMs: number; wallMs: number; maxRssMB: number } {
  const s = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'cold-start.ts'), dir, query], { encoding: 'utf8' });
  const wallMs = performance.now() - s;
  if (r.status !== 0) throw new Error(`cold start failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), wallMs };
}

function benchGrep(dir: string, words: { q: string; ms: number }[]): Record<string, unknown> {
  const grepTimes = words.map((w) => {
    const s = performance.now();
    spawnSync('grep', ['-rilF', '--', w.q, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return performance.now() - s;
  });
  const ours = words.map((w) => w.ms);
  const ratio = ms(pct(grepTimes, 50) / Math.max(pct(ours, 50), 0.01));
  console.error(`  grep -rilF p50 ${pct(grepTimes, 50)} ms vs parallax p50 ${pct(ours, 50)} ms on the same ${words.length} queries: ${ratio}x`);
  return {
    queries: words.length,
    grepP50: pct(grepTimes, 50),
    grepP95: pct(grepTimes, 95),
    parallaxP50SameQueries: pct(ours, 50),
    ratioP50: ratio,
    ratioP95: ms(pct(grepTimes, 95) / Math.max(pct(ours, 95), 0.01)),
  };
}
