// Refuses files that are not text at all (an image or archive renamed .txt) before any parser sees them.
// NUL bytes settle it for 8-bit and UTF-8 files; decoded text is then checked for control characters.
import { ParallaxError } from '../../../shared/errors';

const SAMPLE_BYTES = 64 * 1024;

export function assertNotBinaryBytes(bytes: Uint8Array): void {
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return; // UTF-16 text is full of NUL bytes
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 0) throw new ParallaxError('NOT_AN_ARTICLE', 'binary file, not text');
  }
}

/** Control characters (other than tab/newline/form feed) and U+FFFD above 10% of a sample means binary. */
export function assertNotBinaryText(text: string): void {
  const end = Math.min(text.length, SAMPLE_BYTES);
  let bad = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f || c === 0xfffd) bad++;
  }
  if (end > 0 && bad / end > 0.1) throw new ParallaxError('NOT_AN_ARTICLE', 'binary file, not text');
}
