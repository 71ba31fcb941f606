import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS, parseSettings, readingVariables, resolveTheme } from './reading-settings';

test('nothing stored, or something broken, gives the defaults (theme follows the system)', () => {
  assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings('{not json'), DEFAULT_SETTINGS);
  assert.equal(DEFAULT_SETTINGS.theme, 'system');
});

test('valid stored values are kept and invalid ones replaced one by one', () => {
  const s = parseSettings(JSON.stringify({ theme: 'sepia', font: 'comic', fontSize: 99, lineWidth: 'wide', lineHeight: 1.8 }));
  assert.deepEqual(s, { ...DEFAULT_SETTINGS, theme: 'sepia', lineWidth: 'wide', lineHeight: 1.8 });
});

test('"system" resolves by the colour-scheme preference; explicit themes win', () => {
  assert.equal(resolveTheme('system', true), 'dark');
  assert.equal(resolveTheme('system', false), 'light');
  assert.equal(resolveTheme('sepia', true), 'sepia');
});

test('settings become the CSS variables the article reads', () => {
  const v = readingVariables({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 20 });
  assert.equal(v['--reading-font-size'], '20px');
  assert.equal(v['--reading-family'], 'var(--font-ui)');
});
