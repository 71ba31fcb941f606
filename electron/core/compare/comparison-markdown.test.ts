import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareArticles } from './compare-articles';
import { comparisonToMarkdown } from './comparison-markdown';
import { loadSampleArticles } from './fixtures/sample-articles';

test('the Markdown report has every section and the key findings', () => {
  const md = comparisonToMarkdown(compareArticles(loadSampleArticles()));
  for (const heading of ['# Comparison of 5 articles', '## Coverage', '## Shared claims', '## Only in one article', '## Quotes', '## Entities', '## Figures that differ', '## Timeline']) {
    assert.ok(md.includes(heading), heading);
  }
  assert.match(md, /### meeting \(ordinal\)\n- \*\*37th\*\* in \[1\] \[3\]/);
  assert.match(md, /\*\*38th\*\* in \[4\]/);
  assert.match(md, /\| Vladimir Putin \| person \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \|/);
  assert.match(md, /\*\*Jude Blanchette\*\* in \[5\]/);
});
