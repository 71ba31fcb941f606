// Import benchmark: 1,000 plain-text and 1,000 HTML articles made from the sample corpus (paragraphs
// shuffled and varied with a seeded PRNG, so every text differs), each set imported into a fresh
// library through the real path (folder walk, worker pool, storage). Reports articles per second,
// CPU time, peak RSS and the library's size on disk. Extraction quality on saved news pages is
// reported by bench/import/extraction-quality.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '../../electron/core';
import { defaultPoolSize } from '../../electron/core/import/worker/extraction-pool';
import { importPaths } from '../../electron/core/library/import-paths';
import { extractionQuality } from './extraction-quality';

const SAMPLE_CORPUS = path.resolve(__dirname, '..', '..', 'resources', 'sample-corpus');
const OUTLETS = ['The Daily Ledger', 'Morning Post', 'Global Wire', 'Harbour Times', 'Steppe Review', 'Eastern Courier'];
const AUTHORS = ['Jane Doe', 'Ivan Petrov', 'Li Wei', 'Ana Popescu', 'Tom Hardy', 'Sara Klein'];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sampleParagraphs(): string[] {
  return fs
    .readdirSync(SAMPLE_CORPUS)
    .flatMap((f) => fs.readFileSync(path.join(SAMPLE_CORPUS, f), 'utf8').split(/\n\s*\n/))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 20);
}

interface Generated {
  title: string;
  author: string;
  outlet: string;
  date: string;
  paragraphs: string[];
}

export function generate(count: number, seed: number): Generated[] {
  const paragraphs = sampleParagraphs();
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const n = 5 + Math.floor(rand() * 8);
    // Vary numbers and a few words so that no two bodies hash alike even when paragraphs repeat.
    const body = Array.from({ length: n }, () =>
      pick(paragraphs)
        .replace(/\d+/g, () => String(Math.floor(rand() * 1000)))
        .replace(/\b(said|says|told)\b/g, () => pick(['said', 'says', 'told', 'noted', 'added'])),
    );
    body.push(`This is dispatch ${i} of the series, filed at ${Math.floor(rand() * 24)}:${String(Math.floor(rand() * 60)).padStart(2, '0')}.`);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    return {
      title: `${pick(['Pipeline', 'Summit', 'Partnership', 'Sanctions', 'Energy deal'])} report ${i}: ${pick(['what changes', 'the view from Beijing', 'Moscow’s bet', 'Europe watches', 'the long game'])}`,
      author: pick(AUTHORS),
      outlet: pick(OUTLETS),
      date: `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      paragraphs: body,
    };
  });
}

export function toText(a: Generated): string {
  return `${a.title}\n\nBy ${a.author}\n${a.date}\n\n${a.paragraphs.join('\n\n')}\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtml(a: Generated, i: number): string {
  const slug = a.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} | ${a.outlet}</title>
<meta property="og:title" content="${escapeHtml(a.title)}"><meta property="og:site_name" content="${a.outlet}">
<meta name="author" content="${a.author}"><meta property="article:published_time" content="${a.date}T08:00:00Z">
<link rel="canonical" href="https://news${i % 7}.example/world/${slug}">
<script>window.dataLayer=[];function track(){}</script><style>body{font-family:serif}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeHtml(a.title)}</h1><p class="byline">By ${a.author}</p>
${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside></main>
<footer><p>© ${a.outlet}. All rights reserved.</p></footer><script src="/app.js"></script></body></html>`;
}

function dirSize(dir: string): number {
  return fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
}

async function importSet(kind: 'txt' | 'html', articles: Generated[], root: string): Promise<Record<string, number>> {
  const filesDir = path.join(root, `${kind}-files`);
  fs.mkdirSync(filesDir);
  articles.forEach((a, i) => fs.writeFileSync(path.join(filesDir, `${String(i).padStart(4, '0')}.${kind}`), kind === 'txt' ? toText(a) : toHtml(a, i)));
  const libraryDir = path.join(root, `${kind}-library`);
  const core = startCore({ libraryDir, appVersion: 'bench' });
  try {
    const started = process.hrtime.bigint();
    const cpuBefore = process.cpuUsage();
    const report = await importPaths(core.library.db, [filesDir]);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    // CPU time of every thread of this process (main and import workers): steadier than wall time on
    // a shared machine. Wall time is what a person waits.
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    core.library.db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      files: articles.length,
      imported: report.imported,
      duplicates: report.duplicates,
      rejected: report.rejected,
      seconds: Math.round(seconds * 100) / 100,
      articlesPerSecond: Math.round(report.imported / seconds),
      cpuSeconds: Math.round(cpuSeconds * 100) / 100,
      articlesPerCpuSecond: Math.round(report.imported / cpuSeconds),
      inputMB: Math.round((dirSize(filesDir) / 1024 / 1024) * 10) / 10,
      libraryMB: Math.round((dirSize(libraryDir) / 1024 / 1024) * 10) / 10,
    };
  } finally {
    core.close();
  }
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const count = quick ? 200 : 1000;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-import-'));
  try {
    const txt = await importSet('txt', generate(count, 1), root);
    const html = await importSet('html', generate(count, 2), root);
    return {
      workers: defaultPoolSize(),
      txt,
      html,
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      extractionQuality: (await extractionQuality()).mean,
      targets: { txtPerSecond: 200, htmlPerSecond: 40 },
      meetsTargets: (txt.articlesPerSecond ?? 0) >= 200 && (html.articlesPerSecond ?? 0) >= 40,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
