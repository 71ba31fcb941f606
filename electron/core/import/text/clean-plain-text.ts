// Cleans a plain-text article copied from the web: drops page furniture, reads the header into
// metadata, rejoins broken paragraphs, and keeps a record of every line it took out and why.
import type { Block } from '../../../../shared/domain';
import type { RemovedLine } from '../types';
import { removeCaptionsNearCredits } from './caption-rules';
import { toCleaningUnits } from './cleaning-unit';
import { dropRepeatedLines } from './dedupe-lines';
import { detectHeader } from './detect-title-byline';
import { applyPointedHeadline } from './find-pointed-headline';
import { buildVocabulary } from './join-hyphenation';
import { joinBrokenParagraphs } from './join-page-breaks';
import { matchLineRule } from './noise-rules';
import { splitIntoUnits } from './split-lines';
import { lineToBlock } from './text-to-blocks';
import { removeTrailingAd, removeTrailingFurniture } from './trailing-rules';

export interface CleanedText {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publishedAt: string | null;
  outlet: string | null;
  blocks: Block[];
  removed: RemovedLine[];
}

export function cleanPlainText(text: string): CleanedText {
  const units = toCleaningUnits(splitIntoUnits(text));
  for (const u of units) u.reason = matchLineRule(u.text);
  dropRepeatedLines(units);
  removeCaptionsNearCredits(units);
  removeTrailingAd(units);
  removeTrailingFurniture(units);
  const header = detectHeader(units);
  applyPointedHeadline(units, header);

  const body = units.filter((u) => u.reason === null).map((u) => ({ text: u.text, blankBefore: u.blankBefore }));
  const blocks: Block[] = [];
  for (const line of joinBrokenParagraphs(body, buildVocabulary(text))) {
    const block = lineToBlock(line.text);
    if (block) blocks.push(block);
  }
  return {
    title: header.title,
    subtitle: header.subtitle,
    authors: header.authors,
    publishedAt: header.publishedAt,
    outlet: header.outlet,
    blocks,
    removed: units.filter((u) => u.reason !== null).map((u) => ({ text: u.text, reason: u.reason! })),
  };
}
