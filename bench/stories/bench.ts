// Story grouping speed: a generated 10,000-article library (sample sentences recombined with a
// seeded PRNG around synthetic events with their own places, people and dates; rows inserted
// directly) grouped from scratch (target ≤ 60 s), then 10 more articles added (target ≤ 1 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { toCompareDoc } from '../../electron/core/compare/compare-doc';
import { loadSampleArticles } from '../../electron/core/compare/fixtures/sample-articles';
import { openLibrary } from '../../electron/core/library/library';
import { insertPlainArticle, type PlainArticle } from '../../electron/core/stories/fixtures/insert-articles';
import { updateStoryIndex } from '../../electron/core/stories/story-index';
import { seededRandom } from '../../electron/testing/seeded-random';

const SYLLABLES = ['ka', 'lo', 'mir', 'ta', 'ven', 'sol', 'dra', 'nik', 'po', 'zan', 'ber', 'ul', 'vo', 'res', 'ti', 'gan'];
const OUTLETS = ['Reuters', 'AP', 'AFP', 'BBC', 'Guardian', 'Le Monde', 'Die Zeit', 'NHK', 'Al Jazeera', 'CNN'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A seeded generator of articles around synthetic events (about 25 articles per event). */
export function articleGenerator(total: number, seed = 20240615): { events: number; next: () => PlainArticle } {
  const random = seededRandom(seed);
  const sentences = loadSampleArticles().flatMap((a) => toCompareDoc(a).sentences.map((s) => s.text));
  const name = () => {
    const w = (n: number) => Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join('');
    const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
    return cap(w(2 + Math.floor(random() * 2)));
  };
  const events = Array.from({ length: Math.round(total / 25) }, () => {
    const day = Date.UTC(2019, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000;
    return { day, place: name() + 'burg', person: `${name()} ${name()}`, org: `${name()} Council`, topic: name().toLowerCase() + 'ite' };
  });
  const next = (): PlainArticle => {
    const e = events[Math.floor(random() * events.length)]!;
    const date = new Date(e.day + Math.floor(random() * 4) * 86_400_000);
    const when = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
    const lead = `${e.person} arrived in ${e.place} on ${when} for talks on ${e.topic} with the ${e.org}. Officials in ${e.place} said the ${e.topic} agreement with ${e.person} was close.`;
    const paragraphs = [lead];
    for (let p = 0; p < 4; p++) {
      const start = Math.floor(random() * sentences.length);
      paragraphs.push(sentences.slice(start, start + 2 + Math.floor(random() * 3)).join(' '));
    }
    return {
      title: `${e.person} in ${e.place}: ${e.topic} talks`,
      outlet: OUTLETS[Math.floor(random() * OUTLETS.length)]!,
      publishedAt: random() < 0.85 ? date.toISOString().slice(0, 10) : null,
      text: paragraphs.join('\n\n'),
    };
  };
  return { events: events.length, next };
}

export async function run({ quick }: { quick: boolean }): Promise<Record<string, unknown>> {
  const total = quick ? 2000 : 10_000;
  const { events, next: article } = articleGenerator(total);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-bench-stories-'));
  const library = openLibrary({ dir });
  try {
    const db = library.db;
    const insertStart = performance.now();
    db.transaction(() => {
      for (let i = 0; i < total; i++) insertPlainArticle(db, article());
    })();
    const insertMs = performance.now() - insertStart;

    const groupStart = performance.now();
    const groupCpu = process.cpuUsage();
    const full = updateStoryIndex(db);
    const groupMs = performance.now() - groupStart;
    const groupCpuMs = cpuMs(groupCpu);
    const stories = db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    const multi = db.prepare('SELECT count(*) FROM (SELECT story_id FROM story_articles GROUP BY story_id HAVING count(*) > 1)').pluck().get() as number;

    db.transaction(() => {
      for (let i = 0; i < 10; i++) insertPlainArticle(db, article());
    })();
    const incStart = performance.now();
    const incCpu = process.cpuUsage();
    const inc = updateStoryIndex(db);
    const incrementalMs = performance.now() - incStart;
    const incrementalCpuMs = cpuMs(incCpu);
    const noopStart = performance.now();
    updateStoryIndex(db);
    const noopMs = performance.now() - noopStart;
    return {
      articles: total,
      syntheticEvents: events,
      insertMs: round(insertMs),
      grouping: { ms: round(groupMs), cpuMs: round(groupCpuMs), targetMs: 60_000, withinTarget: groupMs <= 60_000, computed: full.computed, stories, storiesWithSeveralArticles: multi },
      incremental: { articles: 10, ms: round(incrementalMs), cpuMs: round(incrementalCpuMs), targetMs: 1000, withinTarget: incrementalMs <= 1000, placed: inc.placed, storiesChanged: inc.storiesChanged },
      noChangeMs: round(noopMs),
    };
  } finally {
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}


/** User + system CPU time since `start`: the figure that load from other processes does not inflate. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
