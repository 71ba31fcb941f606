// Removes photo captions, which in copied text sit right next to a credit line ("beijing olympics" /
// "Photo source: Getty Images"). Only inside the article body: near the top the same shape is a headline.
import { countWords, endsWithTerminal, isBodyProse, bulletKind } from './classify-line';
import { isCreditReason, type CleaningUnit } from './cleaning-unit';

const MAX_CAPTION_WORDS = 20;

function isCaptionShaped(text: string): boolean {
  return countWords(text) <= MAX_CAPTION_WORDS && !endsWithTerminal(text) && !bulletKind(text) && !text.startsWith('#');
}

export function removeCaptionsNearCredits(units: CleaningUnit[]): void {
  let proseSeen = false;
  const proseBefore: boolean[] = units.map((u) => {
    const seen = proseSeen;
    if (u.reason === null && isBodyProse(u.text)) proseSeen = true;
    return seen;
  });
  units.forEach((u, i) => {
    if (!isCreditReason(u.reason)) return;
    for (const j of [neighbour(units, i, -1), neighbour(units, i, +1)]) {
      if (j === null) continue;
      const n = units[j]!;
      if (proseBefore[j] && isCaptionShaped(n.text)) n.reason = 'photo caption';
    }
  });
}

/** Nearest line in a direction that is live or is itself a credit (captions can sit between credits). */
function neighbour(units: readonly CleaningUnit[], from: number, step: 1 | -1): number | null {
  for (let j = from + step; j >= 0 && j < units.length; j += step) {
    const r = units[j]!.reason;
    if (r === null) return j;
    if (!isCreditReason(r)) return null;
  }
  return null;
}
