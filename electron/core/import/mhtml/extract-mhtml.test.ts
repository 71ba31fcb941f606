// MHTML on a handmade Chrome-style archive (quoted-printable UTF-8 page, CSS and base64 image parts)
// and on a base64 part in a legacy charset; the archive's URL becomes the article's URL and outlet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { ParallaxError } from '../../../../shared/errors';
import { blocksToText } from '../../../../shared/text';
import { extractArticle } from '../extract-article';
import { decodeQuotedPrintable, parseMimeMessage } from './parse-mime';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', name)));

function archive(parts: { type: string; encoding: string; location?: string; body: string }[], top = ''): Uint8Array {
  const b = '----=_NextPart_000_0000_01DA0000.12345678';
  const lines = ['MIME-Version: 1.0', top, `Content-Type: multipart/related; boundary="${b}"; type="text/html"`, ''].filter((l, i) => l || i === 3);
  for (const p of parts) {
    lines.push(`--${b}`, `Content-Type: ${p.type}`, `Content-Transfer-Encoding: ${p.encoding}`);
    if (p.location) lines.push(`Content-Location: ${p.location}`);
    lines.push('', p.body);
  }
  lines.push(`--${b}--`, '');
  return new Uint8Array(Buffer.from(lines.join('\r\n'), 'latin1'));
}

describe('extractArticle: MHTML', () => {
  it('reads a saved page: the HTML part decoded, scripts and styles gone, URL and outlet from the archive', async () => {
    const r = await extractArticle({ name: 'acord.mhtml', bytes: fixture('saved-page.mhtml') });
    assert.equal(r.format, 'mhtml');
    assert.equal(r.metadata.title, 'Acordul energetic dintre China și Rusia');
    assert.equal(r.metadata.url, 'https://www.ziarul.example/politica/acord-energie-china-rusia');
    assert.equal(r.metadata.outlet, 'ziarul.example');
    assert.equal(r.metadata.language, 'ro');
    const text = blocksToText(r.blocks);
    assert.ok(text.startsWith('Beijingul și Moscova au semnat vineri'), text.slice(0, 80));
    assert.ok(text.includes('Sancțiunile occidentale'));
    for (const bad of ['SCRIPT TEXT', 'IFRAME TEXT', 'javascript', 'alert', 'steal', 'tracker', 'font-family', '=C8', 'iVBOR']) assert.ok(!text.includes(bad), bad);
  });

  it('decodes a base64 HTML part in its declared legacy charset and falls back to Content-Location', async () => {
    const html = `<html><head><title>Președintele și guvernul</title></head><body><article><p>${'Președintele țării a declarat că situația este gravă și că împreună vom găsi o soluție pentru toți cetățenii. '.repeat(3)}</p></article></body></html>`;
    const bytes = iconv.encode(html.replace(/ș/g, 'ş').replace(/ț/g, 'ţ'), 'windows-1250').toString('base64').replace(/.{76}/g, '$&\r\n');
    const r = await extractArticle({
      name: 'page.mht',
      bytes: archive([
        { type: 'image/gif', encoding: 'base64', body: 'R0lGODlhAQABAAAAACw=' },
        { type: 'text/html; charset="windows-1250"', encoding: 'base64', location: 'http://stiri.example/articol?id=7', body: bytes },
      ]),
    });
    assert.ok(blocksToText(r.blocks).startsWith('Președintele țării a declarat'));
    assert.equal(r.metadata.url, 'http://stiri.example/articol?id=7');
    assert.equal(r.metadata.outlet, 'stiri.example');
  });

  it('refuses an archive without an HTML page, and ignores a javascript: location', async () => {
    const noHtml = archive([{ type: 'image/png', encoding: 'base64', body: 'iVBORw0KGgoAAAANSUhEUg'.repeat(10) }]);
    await assert.rejects(extractArticle({ name: 'x.mhtml', bytes: noHtml }), (e: unknown) => e instanceof ParallaxError && e.code === 'NOT_AN_ARTICLE');
    const article = '<p>' + 'Officials on both sides described the agreement as a turning point for the partnership. '.repeat(3) + '</p>';
    const r = await extractArticle({ name: 'x.mhtml', bytes: archive([{ type: 'text/html', encoding: '8bit', location: 'javascript:alert(1)', body: article }], 'Snapshot-Content-Location: javascript:alert(2)') });
    assert.equal(r.metadata.url, null);
  });

  it('parses MIME structure: folded headers, soft line breaks, nested multiparts', () => {
    assert.equal(decodeQuotedPrintable('caf=C3=A9 au lait=\r\n, s=\nvp =3D ok').toString('utf8'), 'café au lait, svp = ok');
    const nested = Buffer.from(
      ['Content-Type: multipart/alternative;', ' boundary=outer', '', '--outer', 'Content-Type: multipart/related; boundary=inner', '', '--inner', 'Content-Type: text/html', '', '<p>hi</p>', '--inner--', '--outer--', ''].join('\n'),
    );
    const { parts } = parseMimeMessage(nested);
    assert.deepEqual(parts.map((p) => [p.headers.get('content-type'), p.body.toString()]), [['text/html', '<p>hi</p>']]);
  });
});
