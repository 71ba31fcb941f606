import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { startCore } from '..';
import { blocksToText } from '../../../shared/text';
import { OLD_AD_LINE, storeOlderCleanerText } from '../../testing/older-cleaner-text';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { importPaths } from './import-paths';

test('re-clean re-extracts from the original, keeps edited metadata, and highlights still anchor', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const { db } = core.library;
  const report = await importPaths(db, [path.join(SAMPLE_CORPUS, '003_2a691994ea76d15d.txt')]);
  const id = report.results[0]!.id!;
  const before = await core.api.getArticle({ id });
  const text = blocksToText(before.blocks);
  await core.api.updateMetadata({ id, patch: { title: 'My own title', outlet: 'My outlet' } });
  // What an older cleaner might have left: a stray line at the top, so offsets move on re-clean.
  const oldText = `ADVERTISEMENT\n\n${text}`;
  db.prepare('UPDATE articles SET blocks_json = ?, body = ? WHERE id = ?').run(
    JSON.stringify([{ type: 'paragraph', text: 'ADVERTISEMENT' }, ...before.blocks]),
    oldText,
    id,
  );
  const start = oldText.indexOf(' ', 200) + 1;
  const exact = oldText.slice(start, start + 40);
  await core.api.createHighlight({ articleId: id, color: 'yellow', start, end: start + 40 });

  const result = await core.api.recleanArticle({ id });
  assert.deepEqual(result, { recleaned: [id], failed: [], anchoring: [{ id, exact: 1, approximate: 0, orphaned: 0 }] });
  const after = await core.api.getArticle({ id });
  assert.deepEqual(after.blocks, before.blocks);
  assert.equal(after.title, 'My own title');
  assert.equal(after.outlet, 'My outlet');
  assert.deepEqual(after.authors, before.authors);

  const { highlights } = await core.api.listAnnotations({ articleId: id });
  assert.equal(highlights.length, 1);
  assert.equal(highlights[0]!.anchor.status === 'orphaned', false);
  assert.equal(blocksToText(after.blocks).slice(highlights[0]!.anchor.start, highlights[0]!.anchor.end), exact);

  const all = await core.api.recleanAll({});
  assert.deepEqual(all.recleaned, [id]);
  await assert.rejects(core.api.recleanArticle({ id: 999 }), /999/);
  core.close();
});


test('re-clean re-attaches moved highlights exactly, reports changed wording as approximate and keeps orphans; a repair re-targets one', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const { db } = core.library;
  const report = await importPaths(db, [path.join(SAMPLE_CORPUS, '001_2c1e48a54db9db98.txt')]);
  const id = report.results[0]!.id!;
  const clean = (await core.api.getArticle({ id })).blocks;
  const text = blocksToText(clean);
  const { oldText, oldParagraph, cleanParagraph: changed } = storeOlderCleanerText(db, id, clean);
  const mark = async (quote: string) => {
    const start = oldText.indexOf(quote);
    assert.ok(start >= 0, quote);
    return (await core.api.createHighlight({ articleId: id, color: 'blue', start, end: start + quote.length, note: `on ${quote.slice(0, 10)}` })).id;
  };
  const moved = await mark(clean[4]!.text.slice(0, 60));
  const reworded = await mark(oldParagraph.slice(40, 150).replace(/^\S*\s/, '').replace(/\s\S*$/, ''));
  const credit = await mark('Photo: Getty Images / Reuters');

  assert.deepEqual(await core.api.recleanArticle({ id }), {
    recleaned: [id],
    failed: [],
    anchoring: [{ id, exact: 1, approximate: 1, orphaned: 1 }],
  });
  const { highlights } = await core.api.listAnnotations({ articleId: id });
  const status = Object.fromEntries(highlights.map((h) => [h.id, h.anchor.status]));
  assert.deepEqual(status, { [moved]: 'exact', [reworded]: 'approximate', [credit]: 'orphaned' });
  const at = (hid: number) => highlights.find((h) => h.id === hid)!;
  assert.equal(text.slice(at(moved).anchor.start, at(moved).anchor.end), clean[4]!.text.slice(0, 60));
  assert.ok(!text.slice(at(reworded).anchor.start, at(reworded).anchor.end).includes(OLD_AD_LINE));
  assert.ok(changed.includes(text.slice(at(reworded).anchor.start, at(reworded).anchor.end)), 'the same words, without the ad');
  assert.equal(at(credit).quote.exact, 'Photo: Getty Images / Reuters', 'an orphan keeps its quote');
  assert.equal(at(credit).note, 'on Photo: Get', 'and its note');

  // The Markdown export quotes what the text says now; the orphan keeps its quote, marked as such.
  const { markdown } = await core.api.exportAnnotations({ articleId: id });
  assert.ok(markdown.includes(`> ${text.slice(at(reworded).anchor.start, at(reworded).anchor.end)}`));
  assert.ok(!markdown.includes(OLD_AD_LINE));
  assert.ok(markdown.includes('> Photo: Getty Images / Reuters\n>\n> *(this passage is no longer in the article’s text)*'));

  // Repair: accept the approximate place, and attach the orphan to a passage chosen by hand.
  const accepted = await core.api.reanchorHighlight({ id: reworded, start: at(reworded).anchor.start, end: at(reworded).anchor.end });
  assert.equal(accepted.anchor.status, 'exact');
  assert.equal(accepted.note, 'on ' + at(reworded).quote.exact.slice(0, 10));
  const target = text.indexOf(clean[1]!.text.slice(0, 30));
  const repaired = await core.api.reanchorHighlight({ id: credit, start: target, end: target + 30 });
  assert.equal(repaired.anchor.status, 'exact');
  assert.equal(repaired.quote.exact, clean[1]!.text.slice(0, 30).trim());
  assert.equal(repaired.color, 'blue');
  await assert.rejects(core.api.reanchorHighlight({ id: credit, start: 0, end: text.length + 5 }), /past the end/);
  await assert.rejects(core.api.reanchorHighlight({ id: 4242, start: 0, end: 5 }), /4242/);
  core.close();
});
