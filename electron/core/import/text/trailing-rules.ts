// Cleans the end of an article, where pages leave the most debris: an advertiser's block pasted after
// the author's bio, and short leftovers ("Leave a Comment", a hashtag list title) after the last paragraph.
import { countWords, endsWithTerminal, isBodyProse } from './classify-line';
import { liveIndices, type CleaningUnit } from './cleaning-unit';

const AD_MARK = /[®™℠]|\bwww\.[a-z0-9-]+\.[a-z]{2,}|https?:\/\//i;
const AD_TAIL = 4; // the ® / URL line must be among the last few lines
const BRAND_LOOKBACK = 8;

/** A brand name alone on a line, repeated further down next to ® or a URL, starts an ad that runs to the end. */
export function removeTrailingAd(units: CleaningUnit[]): void {
  const live = liveIndices(units);
  let markAt = -1;
  for (let k = live.length - 1; k >= Math.max(0, live.length - AD_TAIL); k--) {
    if (AD_MARK.test(units[live[k]!]!.text)) {
      markAt = k;
      break;
    }
  }
  if (markAt < 0) return;
  const markText = units[live[markAt]!]!.text.toLowerCase();
  for (let k = Math.max(0, markAt - BRAND_LOOKBACK); k <= markAt; k++) {
    const brand = units[live[k]!]!.text.replace(/[^\p{L}\p{N} &'’-]/gu, '').trim();
    if (k < markAt && brand && countWords(brand) <= 3 && !endsWithTerminal(units[live[k]!]!.text) && markText.includes(brand.toLowerCase())) {
      for (let m = k; m < live.length; m++) units[live[m]!]!.reason = 'advertisement (brand block at the end)';
      return;
    }
  }
  const last = units[live[live.length - 1]!]!;
  if (markAt === live.length - 1 && /[®™℠]/.test(last.text) && countWords(last.text) <= 8) last.reason = 'advertisement (trademark line)';
}

// Short sentences that carry content (a contributor note, "X is a fellow at …") have a verb like these.
const CONTENT_VERB = /\b(?:is|was|are|were|has|have|had|contributed|reported|wrote|writes|edited|said)\b/i;
const MAX_TRAILING_WORDS = 6;
const MAX_TRAILING_LINES = 5;

/** Short non-sentences after the last real paragraph are page furniture. */
export function removeTrailingFurniture(units: CleaningUnit[]): void {
  const live = liveIndices(units);
  for (let k = live.length - 1; k >= Math.max(0, live.length - MAX_TRAILING_LINES); k--) {
    const u = units[live[k]!]!;
    if (isBodyProse(u.text)) return;
    const short = countWords(u.text) <= MAX_TRAILING_WORDS && !endsWithTerminal(u.text);
    if (!short || CONTENT_VERB.test(u.text) || u.text.endsWith('?')) return;
    u.reason = 'trailing page furniture';
  }
}
