// The extraction step from the outside: format detection, refusals with codes and messages,
// decoding, and one real-looking file per format, including hostile ones.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText } from '../../../shared/text';
import { extractArticle, extractArticleSync } from './extract-article';
import { MAX_FILE_BYTES } from './types';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'fixtures', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const ARTICLE = 'Beijing and Moscow signed a thirty-year agreement on Friday to supply natural gas through a new pipeline. Officials on both sides described it as a turning point for their partnership, and analysts agreed.';

async function rejects(name: string, bytes: Uint8Array, code: string, message: RegExp | string): Promise<void> {
  await assert.rejects(
    extractArticle({ name, bytes }),
    (err: unknown) => {
      assert.ok(err instanceof ParallaxError);
      assert.equal(err.code, code);
      if (typeof message === 'string') assert.equal(err.message, message);
      else assert.match(err.message, message);
      return true;
    },
  );
}

describe('extractArticle: format and refusals', () => {
  it('picks the format from the extension', async () => {
    assert.equal((await extractArticle({ name: 'a.TXT', bytes: utf8(ARTICLE) })).format, 'txt');
    assert.equal((await extractArticle({ name: 'a.markdown', bytes: utf8(ARTICLE) })).format, 'md');
    assert.equal((await extractArticle({ name: 'a.htm', bytes: utf8(`<p>${ARTICLE}</p>`) })).format, 'html');
  });

  it('reads a saved web page named .txt as HTML', async () => {
    const r = await extractArticle({ name: 'page.txt', bytes: utf8(`<!doctype html><html><body><p>${ARTICLE}</p></body></html>`) });
    assert.equal(r.format, 'html');
    assert.ok(!blocksToText(r.blocks).includes('<p>'));
  });

  it('refuses unknown formats, and files that only claim to be PDF or MHTML', async () => {
    await rejects('report.docx', utf8(ARTICLE), 'UNSUPPORTED_FORMAT', 'unsupported format: .docx');
    await rejects('README', utf8(ARTICLE), 'UNSUPPORTED_FORMAT', 'unsupported format: no file extension');
    await rejects('paper.pdf', utf8(ARTICLE), 'DECODE_FAILED', 'PDF is damaged or truncated: its structure cannot be read');
    await rejects('page.mhtml', utf8(ARTICLE), 'NOT_AN_ARTICLE', 'not an article: this MHTML archive holds no HTML page');
  });

  it('refuses empty, tiny, binary and too-short files', async () => {
    await rejects('empty.txt', new Uint8Array(0), 'NOT_AN_ARTICLE', 'not an article: empty file');
    await rejects('tiny.txt', utf8('hello world!'), 'NOT_AN_ARTICLE', 'not an article: 12-byte file');
    const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await rejects('photo.txt', png, 'NOT_AN_ARTICLE', 'binary file, not text');
    const controls = new Uint8Array(4096).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    await rejects('controls.txt', controls, 'NOT_AN_ARTICLE', 'binary file, not text');
    await rejects('short.txt', utf8('Select Page\n\nJust a few words here, and a few more after them.\n\nLeave a Comment\n'), 'NOT_AN_ARTICLE', /^not an article: only \d+ words of text$/);
    await rejects('script-only.html', utf8(`<html><body><script>${'x'.repeat(500)}</script></body></html>`), 'NOT_AN_ARTICLE', 'not an article: no readable text found');
  });

  it('refuses files over 50 MB before reading them', async () => {
    await rejects('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1), 'FILE_TOO_LARGE', 'file larger than the 50 MB limit');
  });
});

describe('extractArticle: decoding', () => {
  const romanian = 'Președintele țării a declarat că situația este gravă și că împreună vom găsi o soluție pentru toți cetățenii. Tensiunile cresc în regiune, iar oamenii își doresc pace.';

  it('reads UTF-16 with a byte-order mark, little and big endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(romanian, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(romanian, 'utf16le').swap16()]);
    for (const bytes of [le, be]) assert.equal(blocksToText((await extractArticle({ name: 'ro.txt', bytes: new Uint8Array(bytes) })).blocks), romanian);
  });

  it('reads Windows-1250 Romanian with the right diacritics, and guesses the language', async () => {
    const bytes = new Uint8Array(iconv.encode(romanian.replace(/ș/g, 'ş').replace(/ț/g, 'ţ'), 'windows-1250'));
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const r = await extractArticle({ name: 'ro.txt', bytes });
    assert.equal(blocksToText(r.blocks), romanian);
    assert.equal(r.metadata.language, 'ro');
  });

  it('strips a UTF-8 BOM and normalises line endings and composition', async () => {
    const decomposed = 'Cafe\u0301 '.repeat(3) + ARTICLE;
    const bytes = utf8(`\ufeffA headline for the test\r\n\r\n${decomposed}\r\n`);
    const r = await extractArticle({ name: 'bom.txt', bytes });
    assert.equal(r.metadata.title, 'A headline for the test');
    assert.ok(blocksToText(r.blocks).startsWith('Café Café Café Beijing'));
  });
});

describe('extractArticle: hostile and real-looking files', () => {
  it('turns an HTML page with scripts, frames and javascript: links into clean blocks with metadata', async () => {
    const r = await extractArticle({ name: 'hostile-page.html', bytes: fixture('hostile-page.html') });
    assert.deepEqual(r.metadata, {
      title: 'China and Russia sign a 30-year energy pact',
      authors: ['Jane Doe', 'Ivan Petrov'],
      outlet: 'The Daily Ledger',
      publishedAt: '2024-05-17T08:30:00Z',
      url: 'https://www.dailyledger.example/world/china-russia-energy-pact',
      language: 'en',
    });
    assert.equal(r.subtitle, 'The deal deepens ties between Beijing and Moscow as Western sanctions bite.');
    const text = blocksToText(r.blocks);
    for (const bad of ['SCRIPT TEXT', 'IFRAME TEXT', 'steal', 'javascript', '<', 'background: red', 'Subscribe']) assert.ok(!text.includes(bad), bad);
    assert.ok(text.includes('Western sanctions have pushed Russia to find new buyers for gas'));
    assert.ok(r.blocks.some((b) => b.type === 'heading' && b.level === 2 && b.text === 'What the deal means'));
    assert.ok(r.blocks.some((b) => b.type === 'quote' && b.text.startsWith('“This is a partnership')));
    assert.deepEqual(r.blocks.filter((b) => b.type === 'list-item').map((b) => b.ordered), [false, false]);
    const links = r.blocks.flatMap((b) => (b.spans ?? []).filter((s) => s.kind === 'link'));
    assert.deepEqual(links.map((s) => s.href), ['https://www.iea.example/report']);
    const first = r.blocks.find((b) => b.text.startsWith('Beijing and Moscow'))!;
    assert.deepEqual(first.spans?.filter((s) => s.kind !== 'link').map((s) => first.text.slice(s.start, s.end)), ['thirty-year', 'a turning point']);
  });

  it('survives HTML nested 10,000 levels deep', async () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>${ARTICLE}</p>${'</div>'.repeat(10_000)}</body></html>`;
    const r = await extractArticle({ name: 'deep.html', bytes: utf8(html) });
    assert.equal(blocksToText(r.blocks), ARTICLE);
  });

  it('reads a Markdown article: title, byline, date, blocks and spans, no raw HTML', async () => {
    const r = await extractArticle({ name: 'newsletter-article.md', bytes: fixture('newsletter-article.md') });
    assert.equal(r.metadata.title, 'Why the pipeline matters');
    assert.deepEqual(r.metadata.authors, ['Jane Doe']);
    assert.equal(r.metadata.publishedAt, '2024-05-17');
    const text = blocksToText(r.blocks);
    assert.ok(!text.includes('RAW HTML') && !text.includes('**') && !text.includes('javascript'));
    assert.deepEqual(r.blocks.map((b) => b.type), ['paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'list-item', 'quote', 'paragraph']);
    assert.deepEqual(r.blocks.filter((b) => b.type === 'list-item').map((b) => b.ordered), [false, false, true, true]);
    const spans = r.blocks[0]!.spans ?? [];
    assert.deepEqual(spans.map((s) => [r.blocks[0]!.text.slice(s.start, s.end), s.kind]), [['thirty-year', 'strong'], ['the agency', 'link']]);
    assert.equal(r.blocks.at(-1)!.spans, undefined);
  });

  it('stays fast on a single 5 MB line and on invalid UTF-8', async () => {
    const line = Array.from({ length: 900_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    assert.ok(line.length > 5_000_000);
    const started = Date.now();
    const r = await extractArticle({ name: 'long.txt', bytes: utf8(line) });
    assert.equal(r.blocks.length, 1);
    const invalid = new Uint8Array([...utf8(ARTICLE), 0xc3, 0x28, 0xa0, 0xa1, ...utf8(' more text follows here.')]);
    assert.ok(blocksToText((await extractArticle({ name: 'bad.txt', bytes: invalid })).blocks).startsWith('Beijing'));
    assert.ok(Date.now() - started < 5000);
  });
});

describe('extractArticleSync (bundled samples only)', () => {
  it('reads text formats in this thread and leaves PDF to the workers', () => {
    assert.equal(extractArticleSync({ name: 'a.txt', bytes: utf8(ARTICLE) }).format, 'txt');
    assert.throws(() => extractArticleSync({ name: 'a.pdf', bytes: utf8(`%PDF-1.4\n${ARTICLE}`) }), (e: unknown) => e instanceof ParallaxError && e.code === 'UNSUPPORTED_FORMAT');
  });

  it('does not take a text that mentions %PDF- for a PDF', async () => {
    assert.equal((await extractArticle({ name: 'a.txt', bytes: utf8(`About the %PDF- header. ${ARTICLE}`) })).format, 'txt');
  });
});

it('pictures become placeholders with their description; their address is never kept', async () => {
  const html = `<html><head><title>Pictures</title></head><body><article>
    <p>The leaders met in Beijing on Friday and signed a long joint statement about trade, energy and security cooperation.</p>
    <img src="http://tracker.example/pixel.png" alt="Xi Jinping and Vladimir Putin shake hands">
    <img src="http://tracker.example/spacer.gif" alt="">
    <p>Officials said the agreement would be tested within months as sanctions continue to shape their relationship.</p>
  </article></body></html>`;
  const out = await extractArticle({ name: 'pictures.html', bytes: Buffer.from(html) });
  const images = out.blocks.filter((b) => b.type === 'image');
  assert.deepEqual(images, [{ type: 'image', text: 'Xi Jinping and Vladimir Putin shake hands' }]);
  assert.ok(!JSON.stringify(out).includes('tracker.example'), 'no image address is stored');
});
