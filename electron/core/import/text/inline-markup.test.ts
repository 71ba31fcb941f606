import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseInlineMarkup } from './inline-markup';

const view = (s: string) => {
  const r = parseInlineMarkup(s);
  return { text: r.text, spans: r.spans.map((x) => [r.text.slice(x.start, x.end), x.kind, x.href ?? null]) };
};

describe('parseInlineMarkup', () => {
  it('unescapes markdown escapes', () => assert.deepEqual(view('from \\$140 to \\$250 \\*not em\\*'), { text: 'from $140 to $250 *not em*', spans: [] }));
  it('reads strong, emphasis and http(s) links as spans', () => {
    assert.deepEqual(view('**THEO SOMMER** was editor of *Die Zeit*, see [the site](https://zeit.de/x).'), {
      text: 'THEO SOMMER was editor of Die Zeit, see the site.',
      spans: [['THEO SOMMER', 'strong', null], ['Die Zeit', 'em', null], ['the site', 'link', 'https://zeit.de/x']],
    });
  });
  it('keeps the text of a non-http link but not its target', () => assert.deepEqual(view('[click](javascript:alert(1))'), { text: '[click](javascript:alert(1))', spans: [] }));
  it('leaves lone asterisks, multiplication and footnote marks alone', () => {
    assert.deepEqual(view('3 * 4 = 12 and a footnote*'), { text: '3 * 4 = 12 and a footnote*', spans: [] });
  });
  it('is linear on a long line of asterisks', () => {
    const started = Date.now();
    parseInlineMarkup('*a '.repeat(200_000));
    assert.ok(Date.now() - started < 2000);
  });
});
