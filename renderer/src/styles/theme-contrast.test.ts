// Every text colour a theme uses, on every background it is drawn on, meets WCAG AA (4.5:1).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const css = fs.readFileSync(path.join(__dirname, 'theme.css'), 'utf8');

function tokens(theme: string): Record<string, string> {
  const out: Record<string, string> = {};
  const blocks = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)];
  for (const name of theme === 'light' ? ['light'] : ['light', theme]) {
    const block = blocks.find((b) => b[1]!.includes(`data-theme='${name}'`));
    assert.ok(block, `theme ${name} is defined`);
    for (const m of block[2]!.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out[m[1]!] = m[2]!;
  }
  return out;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string[]][] = [
  ['--text', ['--bg-app', '--bg-pane', '--bg-surface', '--bg-paper', '--bg-selected', '--bg-open', '--bg-mark', '--bg-row-hover']],
  ['--text-reading', ['--bg-paper', '--hl-yellow', '--hl-green', '--hl-blue', '--hl-pink', '--hl-purple']],
  ['--text-muted', ['--bg-app', '--bg-pane', '--bg-surface', '--bg-paper', '--bg-selected']],
  ['--text-faint', ['--bg-pane', '--bg-surface', '--bg-paper']],
  ['--accent', ['--bg-surface', '--bg-paper', '--bg-pane']],
  ['--danger', ['--danger-soft', '--bg-surface']],
  ['--text-on-accent', ['--accent']],
];

for (const theme of ['light', 'dark', 'sepia']) {
  test(`${theme} theme: text and background pairs meet WCAG AA`, () => {
    const t = tokens(theme);
    const failures: string[] = [];
    for (const [fg, backgrounds] of PAIRS) {
      for (const bg of backgrounds) {
        assert.ok(t[fg] && t[bg], `${theme} defines ${fg} and ${bg} as hex colours`);
        const ratio = contrast(t[fg]!, t[bg]!);
        if (ratio < 4.5) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}
