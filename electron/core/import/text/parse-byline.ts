// Reads author names out of a byline-shaped line: "By X and Y", "BY THEO SOMMER", "Label / Name",
// or a line that is only a name. Returns null when the line is not a byline, so callers never guess.
import { isAllCaps } from './classify-line';
import { toNameCase } from './title-case';

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'le', 'la', 'du', 'dos', 'das', 'ter']);
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

export function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5 || /\d/.test(text)) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_WORD.test(w)) capitalised++;
    else if (!PARTICLES.has(w)) return false;
  }
  return capitalised >= 2;
}

function cleanMarkup(text: string): string {
  return text.replace(/^#+\s*/, '').replace(/[*_]{1,2}/g, '').trim();
}

function toNames(list: string): string[] | null {
  const names = list
    .split(/\s*,\s*|\s+(?:and|și|si|und|et|y|e)\s+|\s*&\s*/i)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !/\d/.test(n)); // "By Jane Doe, March 3, 2024": the date is not a name
  if (names.length === 0 || !names.every(looksLikeName)) return null;
  return names.map((n) => (isAllCaps(n) ? toNameCase(n) : n));
}

const BY_PREFIX = /^(?:(?:written |reported )?by|von|par|por|de|di|autor|author|text)\s*:?\s+(.+)$/i;

/** Names from an explicit byline ("By …", "Label / Name"); null if the line is not one. */
export function parseByline(line: string): string[] | null {
  const text = cleanMarkup(line);
  if (text.split(' ').length > 16) return null;
  const first = text.split(/\s*[|•·]\s*/)[0] ?? '';
  const by = BY_PREFIX.exec(first);
  if (by) return toNames(by[1]!.replace(/[.,;]+$/, ''));
  const parts = first.split(' / ');
  if (parts.length >= 2) return toNames(parts[parts.length - 1]!);
  return null;
}

/** A line that is nothing but a person's name (in mixed case, so a label in capitals is not taken). */
export function parseNameOnly(line: string): string | null {
  const text = cleanMarkup(line);
  return looksLikeName(text) && !isAllCaps(text) ? text : null;
}
