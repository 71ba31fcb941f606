// Newsletter excerpts often end "…read the full story below:" followed by the story's real headline,
// while the top of the page shows a teaser or video caption. In that case the last line is the title.
import { countWords, isHeadlineLike } from './classify-line';
import { liveIndices, type CleaningUnit } from './cleaning-unit';
import { headlineText, type HeaderInfo } from './detect-title-byline';

const POINTER = /\b(?:below|full story|full article|read (?:the|more))\b[^.!?]{0,40}:["”’»)]*$/i;
const MAX_HEADLINE_WORDS = 25;

export function applyPointedHeadline(units: CleaningUnit[], header: HeaderInfo): void {
  const live = liveIndices(units);
  if (live.length < 2) return;
  const last = units[live[live.length - 1]!]!;
  const pointer = units[live[live.length - 2]!]!;
  if (!POINTER.test(pointer.text.slice(-120))) return;
  if (!isHeadlineLike(last.text) || countWords(last.text) > MAX_HEADLINE_WORDS) return;
  for (const u of units) {
    if (u.reason?.startsWith('title')) u.reason = 'teaser or caption above the story (its headline follows "…below:")';
  }
  header.title = headlineText(last.text);
  last.reason = 'title (moved to metadata)';
}
