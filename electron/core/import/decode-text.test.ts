import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeText } from './decode-text';

const RO = 'Țara își dorește o soluție; și președintele a spus că „situația este gravă” – mâine vom ști mai mult despre această întâlnire.';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, normalising to NFC and \\n', () => {
    assert.equal(decodeText(new Uint8Array(Buffer.from('\ufeffa\r\nb\rc\u0301', 'utf8'))), 'a\nb\nć');
  });
  it('reads Windows-1250 (quotes and dashes in 0x80–0x9F) and restores comma-below ș/ț', () => {
    const legacy = RO.replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/Ț/g, 'Ţ');
    assert.equal(decodeText(new Uint8Array(iconv.encode(legacy, 'windows-1250'))), RO);
  });
  it('reads Windows-1252 Western text', () => {
    const fr = 'Le président a déclaré que la réunion était « très importante » pour l’économie — et pour l’été.';
    assert.equal(decodeText(new Uint8Array(iconv.encode(fr, 'windows-1252'))), fr);
  });
  it('leaves cedillas alone in non-Romanian text', () => {
    const tr = 'Başkan ve bakanlar şehirde toplandı. Bu çok önemli bir görüşme oldu ve herkes memnun kaldı.';
    assert.equal(decodeText(new Uint8Array(iconv.encode(tr, 'windows-1254'))).includes('ş'), true);
  });
});
