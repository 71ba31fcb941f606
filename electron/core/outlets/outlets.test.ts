// Outlets end to end on a real library: the sample corpus plus saved pages imported for real;
// outlets derived from what the articles show, the person's labels, story coverage and blind
// spots, reading balance, renames that keep the link, and outlets surviving backup and restore.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { startCore, type Core } from '..';
import { ParallaxError } from '../../../shared/errors';
import { CoverageResult, OutletsOverview, ReadingBalance } from '../../../shared/outlets';
import { createBackup } from '../backup/create-backup';
import { restoreBackup } from '../backup/restore-backup';
import { importSource } from '../library/import-into-library';
import { SAMPLE_CORPUS, tempDir } from '../../testing/temp-dir';
import { samplePage } from './fixtures/outlet-pages';
import { periodOf } from './reading-balance';

async function libraryWithOutlets(): Promise<{ core: Core; ids: number[] }> {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't', sampleCorpusDir: SAMPLE_CORPUS });
  const pages = [
    samplePage({ sample: '004', outlet: 'Daily Planet', url: 'https://www.dailyplanet.example/world/xi-putin', date: '2024-05-17', variant: 'Planet desk' }),
    samplePage({ sample: '004', outlet: 'Evening Star', url: 'https://eveningstar.example/xi-putin-hug', date: '2024-05-17', variant: 'Star desk' }),
    // No outlet name on the page: found by its web domain.
    samplePage({ sample: '004', outlet: null, url: 'https://dailyplanet.example/late/xi-putin', date: '2024-05-18', variant: 'Late edition' }),
  ];
  const ids: number[] = [];
  for (const page of pages) {
    const item = await importSource(core.library.db, page, page.name, { keepNearDuplicates: true });
    assert.equal(item.status, 'imported', `${page.name}: ${item.reason ?? ''}`);
    ids.push(item.id!);
  }
  return { core, ids };
}

async function rejects(promise: Promise<unknown>, code: string) {
  await assert.rejects(promise, (err) => err instanceof ParallaxError && err.code === code);
}

test('outlets come only from what the articles show: names, domains, language; nothing else is filled in', async () => {
  const { core } = await libraryWithOutlets();
  try {
    const { outlets, schemes } = OutletsOverview.parse(await core.api.listOutlets({}));
    assert.deepEqual(schemes, []);
    assert.deepEqual(
      outlets.map((o) => [o.name, o.domains, o.articleCount, o.language, o.country, o.ownership, o.labels]),
      [
        ['Daily Planet', ['dailyplanet.example'], 2, 'en', null, null, []],
        ['Evening Star', ['eveningstar.example'], 1, 'en', null, null, []],
      ],
    );
  } finally {
    core.close();
  }
});

test('coverage by a label changes as outlets are labelled; a story seen from one side only is a blind spot', async () => {
  const { core, ids } = await libraryWithOutlets();
  try {
    const { outlets } = await core.api.listOutlets({});
    const [planet, star] = outlets;
    const leaning = await core.api.saveLabelScheme({ name: 'My leaning', kind: 'category', values: ['left', 'centre', 'right'] });
    const storyOf = async () => {
      const coverage = CoverageResult.parse(await core.api.storyCoverage({ schemeId: leaning.id }));
      assert.deepEqual(coverage.values, ['left', 'centre', 'right']);
      const all = await core.api.listStories({});
      const story = all.find((s) => s.outlets.includes('Evening Star'))!;
      return coverage.stories.find((c) => c.storyId === story.id)!;
    };
    let story = await storyOf();
    assert.equal(story.outletCount, 2);
    assert.deepEqual(story.segments.map((s) => [s.value, s.outlets]), [[null, ['Daily Planet', 'Evening Star']]]);
    assert.equal(story.blindSpot, false);

    await core.api.setOutletLabel({ outletId: planet!.id, schemeId: leaning.id, value: 'left' });
    story = await storyOf();
    assert.deepEqual(story.segments.map((s) => [s.value, s.outlets, s.articleCount]), [['left', ['Daily Planet'], 2], [null, ['Evening Star'], 2]]);
    assert.equal(story.blindSpot, false, 'an unlabelled outlet is not known to share the side');

    await core.api.setOutletLabel({ outletId: star!.id, schemeId: leaning.id, value: 'left' });
    story = await storyOf();
    // The sample article with no outlet stays in the unlabelled segment and does not count as a side.
    assert.deepEqual(story.segments.map((s) => [s.value, s.articleCount]), [['left', 3], [null, 1]]);
    assert.equal(story.blindSpot, true);

    await core.api.setOutletLabel({ outletId: star!.id, schemeId: leaning.id, value: 'right' });
    story = await storyOf();
    assert.deepEqual(story.segments.map((s) => s.value), ['left', 'right', null]);
    assert.equal(story.blindSpot, false);

    // Grouping by outlet (no label): one segment per outlet.
    const byOutlet = await core.api.storyCoverage({ schemeId: null });
    const plain = byOutlet.stories.find((c) => c.storyId === story.storyId)!;
    assert.deepEqual(plain.segments.map((s) => s.value), ['Daily Planet', 'Evening Star', null]);
    assert.ok(ids.length === 3);

    await rejects(core.api.setOutletLabel({ outletId: star!.id, schemeId: leaning.id, value: 'far-left' }), 'INVALID_INPUT');
    await rejects(core.api.setOutletLabel({ outletId: 999, schemeId: leaning.id, value: 'left' }), 'NOT_FOUND');
    // Dropping a value from the scheme clears it from the outlets that had it.
    await core.api.saveLabelScheme({ id: leaning.id, name: 'My leaning', kind: 'category', values: ['left', 'centre'] });
    const after = await core.api.listOutlets({});
    assert.deepEqual(after.outlets.map((o) => o.labels.map((l) => l.value)), [['left'], []]);
  } finally {
    core.close();
  }
});

test('a rater’s score scheme keeps the rater’s name, checks the scale and groups scores in three ranges', async () => {
  const { core } = await libraryWithOutlets();
  try {
    const { outlets } = await core.api.listOutlets({});
    const score = await core.api.saveLabelScheme({ name: 'Rater X reliability', kind: 'score', rater: 'Rater X', min: 0, max: 10 });
    assert.deepEqual([score.rater, score.min, score.max, score.values], ['Rater X', 0, 10, []]);
    await rejects(core.api.setOutletLabel({ outletId: outlets[0]!.id, schemeId: score.id, value: 11 }), 'INVALID_INPUT');
    await rejects(core.api.setOutletLabel({ outletId: outlets[0]!.id, schemeId: score.id, value: 'high' }), 'INVALID_INPUT');
    const planet = await core.api.setOutletLabel({ outletId: outlets[0]!.id, schemeId: score.id, value: 7.5 });
    assert.deepEqual(planet.labels, [{ schemeId: score.id, value: 7.5 }]);
    const coverage = await core.api.storyCoverage({ schemeId: score.id });
    assert.deepEqual(coverage.values, ['0–3.3', '3.3–6.7', '6.7–10']);
    assert.ok(coverage.stories.some((s) => s.segments.some((g) => g.value === '6.7–10' && g.outlets.includes('Daily Planet'))));
    await rejects(core.api.saveLabelScheme({ name: 'rater x RELIABILITY', kind: 'category', values: ['a', 'b'] }), 'INVALID_INPUT');
    await core.api.deleteLabelScheme({ id: score.id });
    assert.deepEqual((await core.api.listOutlets({})).outlets[0]!.labels, []);
  } finally {
    core.close();
  }
});

test('the person’s edits hold: a renamed outlet keeps its articles, also after an article’s outlet is edited', async () => {
  const { core, ids } = await libraryWithOutlets();
  try {
    const { outlets } = await core.api.listOutlets({});
    const planet = await core.api.updateOutlet({
      id: outlets[0]!.id,
      patch: { name: 'The Daily Planet', country: 'US', ownership: 'Galaxy Communications', language: 'de' },
    });
    assert.deepEqual([planet.name, planet.country, planet.ownership, planet.language], ['The Daily Planet', 'US', 'Galaxy Communications', 'de']);
    await core.api.updateMetadata({ id: ids[1]!, patch: { outlet: 'Daily Planet' } });
    const after = await core.api.listOutlets({});
    const renamed = after.outlets.find((o) => o.id === planet.id)!;
    assert.equal(renamed.articleCount, 3, 'the old name still finds the outlet');
    assert.equal(renamed.language, 'de', 'the person’s language is not overwritten');
    await rejects(core.api.updateOutlet({ id: planet.id, patch: { domains: ['eveningstar.example'] } }), 'INVALID_INPUT');
    await rejects(core.api.updateOutlet({ id: after.outlets.find((o) => o.id !== planet.id)!.id, patch: { name: 'the daily planet' } }), 'INVALID_INPUT');
  } finally {
    core.close();
  }
});

test('reading balance counts reading, highlights and notes by outlet, label and period', async () => {
  const { core, ids } = await libraryWithOutlets();
  try {
    const { outlets } = await core.api.listOutlets({});
    const leaning = await core.api.saveLabelScheme({ name: 'My leaning', kind: 'category', values: ['left', 'right'] });
    await core.api.setOutletLabel({ outletId: outlets[0]!.id, schemeId: leaning.id, value: 'left' });
    await core.api.setReadingProgress({ id: ids[0]!, fraction: 0.5 });
    await core.api.setReadingStatus({ id: ids[1]!, status: 'done' });
    await core.api.createHighlight({ articleId: ids[1]!, start: 0, end: 10, color: 'yellow', note: 'Star’s framing' });
    const sample = (await core.api.listArticles({})).find((a) => a.outlet === null)!;
    await core.api.setReadingProgress({ id: sample.id, fraction: 0.2 });
    const balance = ReadingBalance.parse(await core.api.readingBalance({ period: 'week', schemeId: leaning.id }));
    assert.deepEqual(balance.totals, { read: 3, highlights: 1, notes: 1 });
    assert.deepEqual(
      balance.byOutlet.map((o) => [o.name, o.read, o.highlights, o.notes]),
      [['Evening Star', 1, 1, 1], ['Daily Planet', 1, 0, 0], ['Unknown outlet', 1, 0, 0]],
    );
    assert.deepEqual(balance.byLabel.map((l) => [l.value, l.read, l.highlights]), [['left', 1, 0], ['right', 0, 0], [null, 2, 1]]);
    assert.deepEqual(balance.overTime, [{ period: periodOf(new Date(), 'week'), read: 3, highlights: 1, notes: 1 }]);
    const monthly = await core.api.readingBalance({ period: 'month', schemeId: null });
    assert.deepEqual(monthly.byLabel, []);
    assert.equal(monthly.overTime.at(-1)!.period, new Date().toISOString().slice(0, 7));
    assert.equal(periodOf(new Date('2026-11-25T10:00:00Z'), 'week'), '2026-11-23');
  } finally {
    core.close();
  }
});

test('outlets, label schemes and labels go into a backup and come back on restore', async () => {
  const { core } = await libraryWithOutlets();
  const file = path.join(tempDir(), 'library.parallax-backup');
  try {
    const leaning = await core.api.saveLabelScheme({ name: 'My leaning', kind: 'category', values: ['left', 'right'] });
    const { outlets } = await core.api.listOutlets({});
    await core.api.setOutletLabel({ outletId: outlets[1]!.id, schemeId: leaning.id, value: 'right' });
    await core.api.updateOutlet({ id: outlets[0]!.id, patch: { country: 'US' } });
    createBackup(core.library.db, file, { appVersion: 't' });
    const before = await core.api.listOutlets({});
    const restored = startCore({ libraryDir: tempDir(), appVersion: 't', sampleCorpusDir: null });
    try {
      restoreBackup(restored.library.db, file);
      assert.deepEqual(await restored.api.listOutlets({}), before);
    } finally {
      restored.close();
    }
  } finally {
    core.close();
  }
});
