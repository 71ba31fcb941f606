// Reads the header of a plain-text article, the lines before the first paragraph of prose: title,
// deck, bylines, a date, section labels. Lines it uses are taken out of the body with the reason why.
import { findAbsoluteDate } from '../find-date';
import { bulletKind, countWords, endsWithTerminal, isAllCaps, isBodyProse, isHeadlineLike, stripBullet } from './classify-line';
import { liveIndices, type CleaningUnit } from './cleaning-unit';
import { stripInlineMarkup } from './inline-markup';
import { parseByline, parseNameOnly } from './parse-byline';
import { toTitleCase } from './title-case';

export interface HeaderInfo {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
  outlet: string | null;
}

const MAX_HEADER_LINES = 12;
const MAX_LABEL_WORDS = 4;
const OUTLET_LINE = /^(?:source|publication|published (?:by|in)|outlet|sursa|quelle)\s*:\s*(\S.{1,79})$/i;

export function headlineText(text: string): string {
  const plain = stripInlineMarkup(text.replace(/^#{1,6} /, '')).trim();
  return isAllCaps(plain) ? toTitleCase(plain) : plain;
}

function headerZone(units: readonly CleaningUnit[]): number[] {
  const zone: number[] = [];
  for (const i of liveIndices(units)) {
    const text = units[i]!.text;
    if (zone.length >= MAX_HEADER_LINES || (!bulletKind(text) && isBodyProse(text))) break;
    zone.push(i);
  }
  return zone;
}

export function detectHeader(units: CleaningUnit[]): HeaderInfo {
  const info: HeaderInfo = { title: null, subtitle: null, authors: [], publishedAt: null, outlet: null };
  const zone = headerZone(units);
  // An explicit "# " heading wins; otherwise the first line shaped like a headline.
  let t = zone.findIndex((i) => /^# /.test(units[i]!.text));
  if (t < 0) {
    t = zone.findIndex((i) => {
      const text = units[i]!.text;
      return isHeadlineLike(text) && countWords(text) >= 3 && !bulletKind(text) && !parseByline(text) && !parseNameOnly(text);
    });
  }
  let previousRole: string | null = null;
  zone.forEach((i, k) => {
    const u = units[i]!;
    const role = classifyHeaderLine(u, k, t, previousRole, info);
    if (role) u.reason = role;
    previousRole = role;
  });
  const bullets = zone.filter((i, k) => k > t && t >= 0 && units[i]!.reason === 'summary bullet');
  if (bullets.length > 0) info.subtitle = bullets.map((i) => stripInlineMarkup(stripBullet(units[i]!.text))).join('\n');
  return info;
}

function classifyHeaderLine(u: CleaningUnit, k: number, t: number, previousRole: string | null, info: HeaderInfo): string | null {
  const text = u.text;
  if (k === t) {
    info.title = headlineText(text);
    return 'title (moved to metadata)';
  }
  const byline = parseByline(text);
  const date = countWords(text) <= 12 ? findAbsoluteDate(text) : null;
  if (date && !info.publishedAt) info.publishedAt = date;
  if (byline) {
    info.authors.push(...byline.filter((n) => !info.authors.includes(n)));
    return 'byline (moved to metadata)';
  }
  const name = parseNameOnly(text);
  const besideLabelOrTitle = previousRole === 'section label' || k === t + 1 || k === t - 1;
  if (name && (u.repeated || besideLabelOrTitle)) {
    if (!info.authors.includes(name)) info.authors.push(name);
    return 'byline (moved to metadata)';
  }
  if (date && countWords(text) <= 8) return 'date line (moved to metadata)';
  const outlet = OUTLET_LINE.exec(text);
  if (outlet) {
    info.outlet = outlet[1]!.trim();
    return 'outlet line (moved to metadata)';
  }
  if (t < 0) return null;
  if (k < t && countWords(text) <= MAX_LABEL_WORDS && !endsWithTerminal(text)) return 'section label';
  const afterHeadline = /^(?:title|byline|subtitle|summary bullet)/.test(previousRole ?? '');
  if (k > t && afterHeadline && bulletKind(text) && !info.subtitle) return 'summary bullet';
  const followsTitle = previousRole?.startsWith('title') || (previousRole?.startsWith('byline') && !info.subtitle);
  if (k > t && followsTitle && !info.subtitle && isHeadlineLike(text) && countWords(text) >= 4) {
    info.subtitle = headlineText(text);
    return 'subtitle (moved to metadata)';
  }
  return null;
}
