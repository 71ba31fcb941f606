// Seeded input mutators for fuzzing the importers: byte-level noise, odd Unicode, structure
// breakers (huge lines, deep nesting, broken tags) and splices between real articles.

import type { Random } from '../../../testing/seeded-random';

const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Random, max: number) => Math.floor(r() * max);

const ODD_CHARS = [
  '\u0000', '\u0007', '\u00ad', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '\u0301', '\u0327', 'ț', 'ș', 'ă', 'î', '—', '–', '-', '‐', '…', '“', '”', '«', '»', '\t', '\r', '\r\n', '\n\n', ' ',
  '•', '#', '*', '**', '\\', '[', '](', ')', '<', '>', '&amp;', '&#0;', '&#x110000;', '0', '23', 'By ', 'Photo: ',
  'Advertisement', 'Select Page', '😀', '𝕏', 'ﷺ', 'ǅ',
];

const TAGS = ['p', 'div', 'span', 'a', 'em', 'strong', 'h2', 'blockquote', 'ul', 'li', 'table', 'td', 'svg', 'math', 'template', 'noscript', 'iframe', 'form', 'style', 'textarea', 'title', 'select', 'option', 'pre', 'article', 'section', 'nav'];

type Mutator = (s: string, r: Random, others: readonly string[]) => string;

const MUTATORS: Mutator[] = [
  (s, r) => {
    const i = int(r, s.length + 1);
    return s.slice(0, i) + pick(r, ODD_CHARS).repeat(1 + int(r, 4)) + s.slice(i);
  },
  (s, r) => {
    const i = int(r, s.length);
    return s.slice(0, i) + s.slice(i + int(r, 400));
  },
  (s, r) => {
    const i = int(r, s.length);
    const chunk = s.slice(i, i + int(r, 300));
    return s.slice(0, i) + chunk.repeat(2 + int(r, 5)) + s.slice(i);
  },
  (s, r) => s.split('\n').sort(() => r() - 0.5).join('\n'),
  (s, r) => s.replace(/ /g, () => (r() < 0.05 ? '-\n' : ' ')),
  (s, r) => s.replace(/\n+/g, () => (r() < 0.5 ? '\n' : '\n\n\n\n')),
  (s, r) => s + '\n' + pick(r, ODD_CHARS).repeat(1000 + int(r, 20000)),
  (s, r) => {
    const i = int(r, s.length);
    return s.slice(0, i) + 'x'.repeat(int(r, 50000)) + s.slice(i);
  },
  (s, r, others) => {
    const o = pick(r, others);
    const i = int(r, s.length);
    const j = int(r, o.length);
    return s.slice(0, i) + o.slice(j, j + int(r, 2000)) + s.slice(i);
  },
  (s, r) => {
    const depth = 1 + int(r, 600);
    const tag = pick(r, TAGS);
    const i = int(r, s.length);
    return s.slice(0, i) + `<${tag}>`.repeat(depth) + 'deep text' + s.slice(i);
  },
  (s, r) => {
    const i = int(r, s.length);
    const tag = pick(r, TAGS);
    return s.slice(0, i) + `<${tag} ${pick(r, ['onclick', 'style', 'href', 'src', 'x'])}="${pick(r, ODD_CHARS)}` + s.slice(i);
  },
  (s, r) => {
    const bytes = Array.from(s);
    for (let k = 0; k < 1 + int(r, 30); k++) bytes[int(r, bytes.length)] = String.fromCharCode(int(r, 0xffff));
    return bytes.join('');
  },
  (s) => s.toUpperCase(),
  () => '',
];

export function mutate(seed: string, r: Random, others: readonly string[]): string {
  let s = seed;
  const rounds = 1 + int(r, 4);
  for (let k = 0; k < rounds; k++) s = pick(r, MUTATORS)(s, r, others);
  return s.length > 400_000 ? s.slice(0, 400_000) : s;
}
