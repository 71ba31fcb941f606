// How outlets scale: link 10,000 articles from 200 outlets (what migration 0009 does to an existing
// library), the no-op check every call makes, listing outlets, coverage of every story by a label,
// and the reading balance. Run: npx tsx electron/core/outlets/outlets-scale.bench.ts [articles]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCore } from '..';
import { insertPlainArticle } from '../stories/fixtures/insert-articles';
import { updateStoryIndex } from '../stories/story-index';
import { syncArticleOutlets } from './article-outlets';
import { listOutlets } from './outlet-store';
import { readingBalance } from './reading-balance';
import { storyCoverage } from './story-coverage';
import { saveScheme, setOutletLabel } from './label-schemes';

const n = Number(process.argv[2] ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-outlets-bench-'));
const core = startCore({ libraryDir: dir, sampleCorpusDir: null, appVersion: 'bench' });
const db = core.library.db;
const words = ['summit', 'energy', 'election', 'border', 'trade', 'court', 'storm', 'vaccine', 'strike', 'budget'];
db.transaction(() => {
  for (let i = 0; i < n; i++) {
    const topic = words[i % words.length]!;
    insertPlainArticle(db, {
      title: `${topic} report ${i}`,
      outlet: `Outlet ${i % 200}`,
      publishedAt: `2024-0${1 + (i % 9)}-1${i % 10}`,
      text: `The ${topic} in city ${i % 50} drew comment from minister ${i % 30}. ${topic} talks continue ${i}.`,
    });
  }
})();
db.prepare('DELETE FROM article_outlets').run();

const time = (label: string, run: () => unknown) => {
  const cpu = process.cpuUsage();
  const t = performance.now();
  run();
  const wall = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  console.log(`${label.padEnd(44)} ${wall.toFixed(1).padStart(8)} ms wall ${((user + system) / 1000).toFixed(1).padStart(8)} ms CPU`);
};
time(`link ${n} articles (first sync / migration)`, () => syncArticleOutlets(db));
time('no-op sync (every outlet call)', () => syncArticleOutlets(db));
time('list outlets', () => listOutlets(db));
const scheme = saveScheme(db, { name: 'Leaning', kind: 'category', values: ['left', 'centre', 'right'] });
for (let o = 1; o <= 200; o++) setOutletLabel(db, o, scheme.id, ['left', 'centre', 'right'][o % 3]!);
time('story index (stories core, not outlets)', () => updateStoryIndex(db));
time('coverage of every story by a label', () => storyCoverage(db, scheme.id));
db.prepare(`INSERT INTO reading_progress (article_id, status, progress, position, updated_at) SELECT id, 'done', 1, 1, imported_at FROM articles WHERE id % 3 = 0`).run();
time('reading balance by label, weekly', () => readingBalance(db, 'week', scheme.id));
core.close();
fs.rmSync(dir, { recursive: true, force: true });
