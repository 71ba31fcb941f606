// Fuzzing the text cleaner and the HTML and Markdown extractors with 10,000 seeded random and
// mutated inputs: none may crash (only our own typed errors are allowed), hang past a per-input
// limit, grow memory without bound, or let script content through.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { Block } from '../../../../shared/domain';
import { ParallaxError } from '../../../../shared/errors';
import { SAMPLE_CORPUS } from '../../../testing/temp-dir';
import { extractHtml } from '../html/extract-html';
import { extractMarkdown } from '../markdown/extract-markdown';
import { cleanPlainText } from '../text/clean-plain-text';
import { seededRandom } from '../../../testing/seeded-random';
import { mutate } from './mutate';

const CASES = { text: 7000, html: 2000, markdown: 1000 };
const PER_INPUT_MS = 3000;
const SCRIPT_MARK = 'FUZZ_SCRIPT_RAN';

const texts = fs.readdirSync(SAMPLE_CORPUS).map((f) => fs.readFileSync(path.join(SAMPLE_CORPUS, f), 'utf8'));
const pages = [
  ...texts.map((t) => `<html><head><title>T</title></head><body><article>${t.split(/\n+/).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`),
  fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'e2e', 'hostile-articles', 'scripted-page.html'), 'utf8'),
];

interface Stats {
  cases: number;
  rejected: number;
  slowestMs: number;
}

function runCases(name: keyof typeof CASES, seeds: readonly string[], seed: number, run: (input: string) => { blocks: Block[] }): Stats {
  const r = seededRandom(seed);
  const stats: Stats = { cases: 0, rejected: 0, slowestMs: 0 };
  for (let i = 0; i < CASES[name]; i++) {
    let input = mutate(seeds[i % seeds.length]!, r, seeds);
    if (name === 'html') input = input.replace('<body>', `<body><script>${SCRIPT_MARK}()</script>`);
    const started = performance.now();
    let out: { blocks: Block[] } | null = null;
    try {
      out = run(input);
    } catch (err) {
      if (!(err instanceof ParallaxError)) {
        assert.fail(`${name} case ${i} (seed ${seed}) threw ${(err as Error).stack}\ninput starts: ${JSON.stringify(input.slice(0, 200))}`);
      }
      stats.rejected++;
    }
    const ms = performance.now() - started;
    stats.slowestMs = Math.max(stats.slowestMs, ms);
    assert.ok(ms < PER_INPUT_MS, `${name} case ${i} took ${Math.round(ms)} ms (limit ${PER_INPUT_MS})`);
    if (out) {
      for (const b of out.blocks) {
        assert.ok(Block.safeParse(b).success, `${name} case ${i}: a block breaks the contract`);
        for (const s of b.spans ?? []) assert.ok(s.start >= 0 && s.end <= b.text.length && s.start <= s.end, `${name} case ${i}: span out of range`);
        if (name === 'html') assert.ok(!b.text.includes(SCRIPT_MARK), `${name} case ${i}: script text reached the article`);
      }
    }
    stats.cases++;
  }
  return stats;
}

test(`fuzz: ${CASES.text + CASES.html + CASES.markdown} mutated inputs, no crash, no hang, bounded memory`, { timeout: 600_000 }, () => {
  const rssBefore = process.memoryUsage().rss;
  const results = {
    text: runCases('text', texts, 1, (s) => cleanPlainText(s)),
    html: runCases('html', pages, 2, (s) => extractHtml(s)),
    markdown: runCases('markdown', texts, 3, (s) => extractMarkdown(s)),
  };
  const growthMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  assert.ok(growthMb < 600, `memory grew by ${Math.round(growthMb)} MB`);
  const total = Object.values(results).reduce((n, s) => n + s.cases, 0);
  assert.equal(total, CASES.text + CASES.html + CASES.markdown);
  console.log(`fuzz: ${JSON.stringify(results)} rss growth ${Math.round(growthMb)} MB`);
});
