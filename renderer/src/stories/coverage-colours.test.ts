// The coverage bars' and balance charts' colours keep 3:1 against the surface they are drawn on
// (WCAG 1.4.11, non-text contrast) in every theme, and stay apart from each other's neighbours.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const read = (file: string) => fs.readFileSync(path.join(__dirname, '..', 'styles', file), 'utf8');

function block(css: string, theme: string): Record<string, string> {
  const out: Record<string, string> = {};
  const found = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find((b) => b[1]!.includes(`data-theme='${theme}'`));
  assert.ok(found, `${theme} is defined`);
  for (const m of found[2]!.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out[m[1]!] = m[2]!;
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

for (const theme of ['light', 'dark', 'sepia']) {
  test(`${theme}: every coverage and chart colour has 3:1 against the surfaces`, () => {
    const surfaces = { ...block(read('theme.css'), 'light'), ...(theme === 'light' ? {} : block(read('theme.css'), theme)) };
    const colours = block(read('stories.css'), theme);
    const names = Object.keys(colours).filter((k) => k.startsWith('--coverage-') || k.startsWith('--chart-'));
    assert.equal(names.length, 10);
    const failures = names.flatMap((name) =>
      ['--bg-surface', '--bg-pane'].map((bg) => [name, bg, contrast(colours[name]!, surfaces[bg]!)] as const).filter(([, , r]) => r < 3),
    );
    assert.deepEqual(failures, []);
  });
}
