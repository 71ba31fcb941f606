// Markdown pictures become image blocks with their description, as HTML pictures do; the address is
// never kept, whatever the syntax (inline, reference, linked, titled).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractMarkdown } from './extract-markdown';

test('pictures become image blocks with their alt text, after the text of their paragraph', () => {
  const { title, blocks } = extractMarkdown(
    [
      '# Pipeline opens',
      '![Workers at the Power of Siberia compressor station](https://cdn.example/photos/siberia.jpg "Photo: Reuters")',
      'The line runs 3,000 km ![map](https://cdn.example/map.png) from Yakutia to the Chinese border.',
      '[![Watch the ceremony](https://img.example/thumb.jpg)](https://video.example/ceremony)',
      '![][ref]',
      '[ref]: https://tracker.example/pixel.gif',
    ].join('\n\n'),
  );
  assert.equal(title, 'Pipeline opens');
  assert.deepEqual(
    blocks.map((b) => [b.type, b.text]),
    [
      ['image', 'Workers at the Power of Siberia compressor station'],
      ['paragraph', 'The line runs 3,000 km from Yakutia to the Chinese border.'],
      ['image', 'map'],
      ['image', 'Watch the ceremony'],
    ],
  );
  assert.doesNotMatch(JSON.stringify(blocks), /https?:|cdn\.example|tracker|\.jpg|\.png|\.gif/);
});

test('a picture without a description is left out (decoration or a tracker)', () => {
  const { blocks } = extractMarkdown('Some text here.\n\n![](https://tracker.example/pixel.gif)\n');
  assert.deepEqual(blocks, [{ type: 'paragraph', text: 'Some text here.' }]);
});
