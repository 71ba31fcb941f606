// Every real paragraph of the five sample articles survives cleaning: the openings below were written
// from reading each file (navigation, credits, captions, promos and related links are not listed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { SAMPLE_CORPUS } from '../../../testing/temp-dir';
import { extractArticle } from '../extract-article';

const PARAGRAPH_OPENINGS: Record<string, string[]> = {
  '000_662a1b50f96ecb48.txt': [
    'Last Wednesday, we witnessed a show of',
    'The show of support between the two',
    'Tensions between China and the US have',
    'On the Russian side, tensions are also',
    'Vladimir Putin is facing crushing tensions from',
    'On Wednesday, President Putin vowed to participate',
    'The video conference signalled the 37th time',
    'In a symbolic show of support, both',
    'The countries, which were one-time adversaries share',
    'While the two countries do not have',
    'The prospect of a tighter partnership between',
    'This step of furthering ties is beneficial',
    'The sports event was also meant to',
    'On the Russian side, the need for',
    'According to Karen Donfried, the American assistant',
    'Both Russia and China have faced the',
    'China has never recognized the annexation of',
    'However, when it comes to Western countering,',
  ],
  '001_2c1e48a54db9db98.txt': [
    'Each nation has heaped praise on the',
    'But their tactical alliance has taken on',
    'Over the past few days, discussions on',
    'Despite the appearance of unity between Russia',
    'Firstly, trade relations between the two are',
    'Observers have long seen growing Sino-Russian ties',
    'And now, in the absence of shared',
  ],
  '002_8c61eab635a33c70.txt': [
    'China’s rise and the Russian threat dominated',
    'Rhetoric targeting Russia and China is not',
    'Josep Borrell, the European Union’s foreign policy',
    'For its part, Russia has expressed its',
    'The US and its allies have repeatedly',
    'The summit drew much derision from its',
    'In their latest get-together, Xi and Putin',
    'During the run-up to their most recent',
    'In short, the Xi-Putin summit reassured both',
    'Russia and China tend to coordinate their',
    'For the same reason, Russian Foreign Minister',
    'External pressure is likely to be even',
    'China and Russia are expected to continue',
    'The two sides have intensified their collaboration,',
  ],
  '003_2a691994ea76d15d.txt': [
    'The 2022 Winter Olympic Games in Beijing',
    'The two presidents released a 17-page, 5300-word',
    'China and Russia, presenting themselves as “world',
    'As Frederic Kempe has noted, Russia and',
    'Surprisingly, the Joint Statement bears no mention',
    'Dialogue, coordination and cooperation in many fields',
    'Putin and Xi characterize their countries’ relationship',
    'An increasingly assertive China and an ever',
    // the second halves of paragraphs split by a page break: joined, never dropped
    'the global governance architecture and world',
    'ing security guarantees in Europe.” Russia',
    'separatism in mind – it disapproves',
    'change, artificial intelligence, development of the',
    'strengthen foreign policy coordination, pursue true',
  ],
  '004_e731bccc482f2f40.txt': [
    'Days after returning from a trip to',
    'Xi’s talks with Putin this week were',
    'They promised to expand economic and military',
    'Western leaders looking for signs of any',
    '“The overall goal of both Putin and',
    'Put another way, analysts said, Xi has',
    '“Moscow’s strategic value to Xi is only',
    'What is paramount for Xi and Putin',
    'Their joint statement this week laid out',
    'The Russian invasion of Ukraine has intensified',
    'Xi may have had “questions and concerns”',
    'But the situation may be changing for',
    '“The more the war in Ukraine tilts',
    'Meanwhile, the threat of European tariffs on',
    '“The idea of economic retaliation against China',
    'Xi’s seemingly ironclad support for Putin, no',
    '“Xi believes this is a good deal',
    '“The problem is that Xi is trading',
    'For the partnership to remain strong, Putin',
    'Natasha Kuhrt, a security expert at the',
    'But if Russia loses, Xi will have',
    '“No matter what happens, China will try',
  ],
};

const squash = (s: string) => s.replace(/\s+/g, ' ');

for (const [file, openings] of Object.entries(PARAGRAPH_OPENINGS)) {
  test(`${file}: every real paragraph is kept`, async () => {
    const article = await extractArticle({ name: file, bytes: fs.readFileSync(path.join(SAMPLE_CORPUS, file)) });
    const text = squash(article.blocks.map((b) => b.text).join('\n\n'));
    const missing = openings.filter((opening) => !text.includes(squash(opening)));
    assert.deepEqual(missing, [], `paragraphs lost from ${file}`);
  });
}
