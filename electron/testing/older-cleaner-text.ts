// Tests of re-cleaning need an article whose stored text is what an older cleaner made of its
// original: a banner at the top, a photo credit between paragraphs, and a long paragraph with a
// stray ad line run into it. This writes such a text straight into the library file (the original
// bytes stay), so re-cleaning yields today's text and highlights must be re-anchored.
import type { Database } from 'better-sqlite3';
import type { Block } from '../../shared/domain';
import { blocksToText } from '../../shared/text';

export const OLD_AD_LINE = 'Advertisement';
export const OLD_CREDIT = 'Photo: Getty Images / Reuters';

export function storeOlderCleanerText(db: Database, id: number, clean: readonly Block[]): { oldText: string; oldParagraph: string; cleanParagraph: string } {
  const paragraph = clean.findIndex((b, i) => i > 2 && b.type === 'paragraph' && b.text.length > 160);
  const changed = clean[paragraph]!.text;
  const oldParagraph = changed.slice(0, 80) + OLD_AD_LINE + ' ' + changed.slice(80);
  const old: Block[] = [
    { type: 'paragraph', text: 'Subscribe for full access' },
    ...clean.slice(0, 2),
    { type: 'paragraph', text: OLD_CREDIT },
    ...clean.slice(2, paragraph),
    { type: 'paragraph', text: oldParagraph },
    ...clean.slice(paragraph + 1),
  ];
  const oldText = blocksToText(old);
  db.prepare('UPDATE articles SET blocks_json = ?, body = ? WHERE id = ?').run(JSON.stringify(old), oldText, id);
  return { oldText, oldParagraph, cleanParagraph: changed };
}
