// Turns a file's bytes into NFC text with "\n" line endings: BOMs first, then strict UTF-8, and only
// when that fails a guessed legacy encoding (chardet), since old Romanian and Western pages still use them.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ParallaxError } from '../../../shared/errors';

// ISO-8859-x never uses 0x80–0x9F for text; when those bytes occur the file is really the Windows
// superset, which puts quotes and dashes there.
const WINDOWS_SUPERSET: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-2': 'windows-1250',
  'iso-8859-5': 'windows-1251',
  'iso-8859-6': 'windows-1256',
  'iso-8859-7': 'windows-1253',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
  'iso-8859-13': 'windows-1257',
};

export function decodeText(bytes: Uint8Array): string {
  return normalizeText(decodeBytes(bytes));
}

/** Bytes in an encoding the source declared (a MIME charset): iconv's name, else the usual guessing. */
export function decodeDeclared(bytes: Uint8Array, charset: string): string {
  const name = charset.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || !iconv.encodingExists(name)) return decodeText(bytes);
  return normalizeText(fixRomanianCedillas(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name)));
}

export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

function decodeBytes(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return decodeLegacy(buf);
  }
}

function decodeLegacy(buf: Buffer): string {
  const guess = chardet.detect(buf.subarray(0, 256 * 1024));
  const encoding = pickEncoding(guess, buf);
  if (!encoding) throw new ParallaxError('DECODE_FAILED', 'could not tell the text encoding of this file');
  return fixRomanianCedillas(iconv.decode(buf, encoding));
}

function pickEncoding(guess: string | null, buf: Buffer): string | null {
  if (!guess) return null;
  let name = guess.toLowerCase();
  if (name === 'utf-8' || name === 'ascii') name = 'windows-1252'; // strict UTF-8 already failed
  if (WINDOWS_SUPERSET[name] && buf.some((b) => b >= 0x80 && b <= 0x9f)) name = WINDOWS_SUPERSET[name]!;
  return iconv.encodingExists(name) ? name : null;
}

// Windows-1250 and ISO-8859-2 have no comma-below ș/ț, so Romanian text in them uses the cedilla
// look-alikes ş/ţ. "ă" only occurs in Romanian (and Vietnamese, which these encodings can't hold).
function fixRomanianCedillas(text: string): string {
  if (!/[ăĂ]/.test(text)) return text;
  return text.replace(/[şŞţŢ]/g, (c) => ({ ş: 'ș', Ş: 'Ș', ţ: 'ț', Ţ: 'Ț' })[c] ?? c);
}
