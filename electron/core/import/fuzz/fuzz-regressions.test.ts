// Inputs the fuzzer once broke, kept as plain regression tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMarkdown } from '../markdown/extract-markdown';

test('Markdown nested deeper than the parser can recurse still yields its text', () => {
  const source = `${'> '.repeat(20000)}The pipeline deal was signed.\n\nA second paragraph follows.`;
  const { blocks } = extractMarkdown(source);
  assert.ok(blocks.some((b) => b.text.includes('The pipeline deal was signed.')));
});
