// PDF extraction on handmade PDFs: lines and paragraphs rebuilt from the text layer, running headers,
// footers and page numbers dropped, a paragraph cut by a page break rejoined, metadata from the info
// dictionary, and clear refusals for PDFs without text, truncated, or encrypted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParallaxError } from '../../../../shared/errors';
import { blocksToText } from '../../../../shared/text';
import { extractArticle } from '../extract-article';
import { makePdf, type PdfPageSpec } from '../fixtures/make-pdf';

const PAGES: PdfPageSpec[] = [
  {
    header: 'The Daily Ledger | World | 17/05/2024, 10:31',
    footer: 'https://www.dailyledger.example/world/pact 1/3',
    firstLineSize: 20,
    lines: [
      'China and Russia sign a 30-year energy pact',
      'By Jane Doe',
      '',
      'Beijing and Moscow signed a thirty-year agreement on Friday to supply natural',
      'gas through a new pipeline. Officials on both sides described it as a turning',
      'point for their partnership, and analysts agreed.',
      '',
      'The pipeline will carry gas from Siberian fields to the north-east of China, a',
      'region whose economic trans-',
      'formation has been rapid since the long-standing border disputes were settled',
    ],
  },
  {
    header: 'The Daily Ledger | World | 17/05/2024, 10:31',
    footer: 'https://www.dailyledger.example/world/pact 2/3',
    lines: [
      'and trade began to grow again after years of sanctions on both sides.',
      '',
      'Western sanctions have pushed Russia to find new buyers for gas that once went',
      'to Europe, and China has been eager to secure supplies at a discount.',
    ],
  },
  {
    header: 'The Daily Ledger | World | 17/05/2024, 10:31',
    footer: 'https://www.dailyledger.example/world/pact 3/3',
    lines: ['Energy analysts expect the first deliveries within five years, once the', 'construction work in Mongolia is finished.', '', '12'],
  },
];

const INFO = { Title: 'China and Russia energy pact', Author: 'Jane Doe; Ivan Petrov', CreationDate: "D:20240517083000+02'00'" };

async function rejects(bytes: Uint8Array, code: string, message: RegExp): Promise<void> {
  await assert.rejects(extractArticle({ name: 'article.pdf', bytes }), (err: unknown) => {
    assert.ok(err instanceof ParallaxError);
    assert.equal(err.code, code);
    assert.match(err.message, message);
    return true;
  });
}

describe('extractArticle: PDF', () => {
  it('rebuilds paragraphs, drops running headers, footers and page numbers, rejoins page and hyphen breaks', async () => {
    const r = await extractArticle({ name: 'pact.pdf', bytes: makePdf({ pages: PAGES, info: INFO }) });
    assert.equal(r.format, 'pdf');
    assert.deepEqual(
      r.blocks.map((b) => b.text),
      [
        'Beijing and Moscow signed a thirty-year agreement on Friday to supply natural gas through a new pipeline. Officials on both sides described it as a turning point for their partnership, and analysts agreed.',
        'The pipeline will carry gas from Siberian fields to the north-east of China, a region whose economic transformation has been rapid since the long-standing border disputes were settled and trade began to grow again after years of sanctions on both sides.',
        'Western sanctions have pushed Russia to find new buyers for gas that once went to Europe, and China has been eager to secure supplies at a discount.',
        'Energy analysts expect the first deliveries within five years, once the construction work in Mongolia is finished.',
      ],
    );
    const removed = r.removed.map((x) => `${x.reason}: ${x.text}`);
    assert.ok(removed.includes('running header or footer: The Daily Ledger | World | 17/05/2024, 10:31'));
    assert.ok(removed.includes('running header or footer: https://www.dailyledger.example/world/pact 3/3'));
    assert.ok(removed.includes('page number: 12'));
  });

  it('takes the headline and byline from the text, and the info dictionary where the text has none', async () => {
    const r = await extractArticle({ name: 'pact.pdf', bytes: makePdf({ pages: PAGES, info: INFO }) });
    assert.equal(r.metadata.title, 'China and Russia sign a 30-year energy pact');
    assert.deepEqual(r.metadata.authors, ['Jane Doe']);
    assert.equal(r.metadata.publishedAt, '2024-05-17');

    const bare = PAGES.map((p, i) => (i === 0 ? { ...p, firstLineSize: undefined, lines: p.lines.slice(3) } : p));
    const fromInfo = await extractArticle({ name: 'pact.pdf', bytes: makePdf({ pages: bare, info: INFO }) });
    assert.equal(fromInfo.metadata.title, 'China and Russia energy pact');
    assert.deepEqual(fromInfo.metadata.authors, ['Jane Doe', 'Ivan Petrov']);
    const junk = await extractArticle({ name: 'pact.pdf', bytes: makePdf({ pages: bare, info: { Title: 'Microsoft Word - pact-final.docx' } }) });
    assert.equal(junk.metadata.title, null);
  });

  it('reads a PDF saved under another extension', async () => {
    const r = await extractArticle({ name: 'pact.txt', bytes: makePdf({ pages: PAGES }) });
    assert.equal(r.format, 'pdf');
  });

  it('refuses a PDF with no text layer, a truncated or corrupt one, and an encrypted one, with clear reasons', async () => {
    await rejects(makePdf({ pages: [{ lines: [] }, { lines: [] }] }), 'NOT_AN_ARTICLE', /^PDF has no text layer/);
    const whole = makePdf({ pages: PAGES });
    for (const share of [0.2, 0.5, 0.9]) await rejects(whole.subarray(0, Math.floor(whole.length * share)), 'DECODE_FAILED', /^PDF is damaged or truncated/);
    await rejects(Buffer.from('%PDF-1.7\n' + 'garbage '.repeat(40)), 'DECODE_FAILED', /^PDF is damaged or truncated/);
    await rejects(makePdf({ pages: PAGES, encrypted: true }), 'DECODE_FAILED', /^PDF is password-protected/);
  });

  it('makes no network, font or eval requests: reading works with fetch disabled', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new Error('network used'));
    try {
      const r = await extractArticle({ name: 'pact.pdf', bytes: makePdf({ pages: PAGES }) });
      assert.ok(blocksToText(r.blocks).includes('Mongolia'));
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
