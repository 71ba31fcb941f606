import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteWithSource } from './quote-with-source';

test('a quote is followed by title, outlet and authors', () => {
  const text = quoteWithSource(' Our friendship is unbreakable ', {
    title: 'Xi hugs Putin',
    sourceName: 'a.txt',
    outlet: 'Der Spiegel',
    authors: ['Theo Sommer'],
  });
  assert.equal(text, '“Our friendship is unbreakable”\n— Xi hugs Putin, Der Spiegel, Theo Sommer');
});

test('unknown outlet and authors are left out, not printed as blanks', () => {
  assert.equal(quoteWithSource('x', { title: 'T', sourceName: 'a.txt', outlet: null, authors: [] }), '“x”\n— T');
});
