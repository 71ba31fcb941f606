import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Comparison } from '../../../shared/comparison';
import { comparisonMarkdown } from './comparison-markdown';
import { sourcesOf } from './compared-sources';

const passage = (articleId: number, text: string) => ({ articleId, blockIndex: 0, start: 0, end: text.length, text });

const comparison: Comparison = {
  articles: [
    { id: 1, title: 'A timely partnership', outlet: null, publishedAt: null, sentenceCount: 10 },
    { id: 4, title: 'Opportunistic Bedfellows', outlet: 'Security Times', publishedAt: null, sentenceCount: 12 },
  ],
  sharedClaims: [{ id: 'claim-1', strength: 0.5, articleIds: [1, 4], wordings: [passage(1, 'They met.'), passage(4, 'The two met.')] }],
  uniqueStatements: [{ articleId: 1, statements: [passage(1, 'Only here.')] }],
  quotes: [],
  entities: [{ id: 'person:xi', name: 'Xi Jinping', kind: 'person', aliases: [], articleCount: 1, mentions: [{ articleId: 4, count: 7, passages: [] }] }],
  figures: [],
  figureDiscrepancies: [
    {
      id: 'figure-1',
      kind: 'ordinal',
      measure: 'meeting',
      unit: null,
      values: [
        { value: 37, raw: '37th', articleIds: [1], passages: [passage(1, 'the 37th time')] },
        { value: 38, raw: '38th', articleIds: [4], passages: [passage(4, 'the 38th meeting')] },
      ],
    },
  ],
  timeline: [{ date: '--12-15', precision: 'day', articleIds: [1], passages: [passage(1, 'On December 15')] }],
  coverage: [{ articleId: 1, sentences: 10, shared: 1, unique: 1, quoted: 0, sharedShare: 0.1, uniqueShare: 0.1, quotedShare: 0 }],
};

test('the Markdown report uses the pane’s letters and names every section', () => {
  const md = comparisonMarkdown(comparison, sourcesOf(comparison.articles));
  assert.match(md, /^# Comparison of 2 articles/);
  assert.match(md, /- \*\*B\*\* Opportunistic Bedfellows \(Security Times\)/);
  assert.match(md, /### \[A\] \[B\] · 50% match/);
  assert.match(md, /- \*\*37th\*\* \[A\]: the 37th time/);
  assert.match(md, /- \*\*38th\*\* \[B\]/);
  assert.match(md, /\| Xi Jinping \| person \| · \| 7 \|/);
  assert.match(md, /- \*\*15 Dec\*\* \[A\]: On December 15/);
});
