// Child process of the benchmark: what the app's core process holds during a search session. It
// opens a library, loads the suggestion index as the app does on the first keystroke, runs every
// query and suggestion it is given (one JSON file), and reports its peak resident memory.
import fs from 'node:fs';
import { openLibrary } from '../../electron/core/library/library';
import { searchArticles } from '../../electron/core/search/search-articles';
import { TitleIndex } from '../../electron/core/search/title-index';

const [dir, queriesFile] = process.argv.slice(2);
const { queries, prefixes } = JSON.parse(fs.readFileSync(queriesFile!, 'utf8')) as { queries: string[]; prefixes: string[] };
const lib = openLibrary({ dir: dir! });
const titles = TitleIndex.open(lib.db);
for (const p of prefixes) titles.suggest(p, 10);
for (const q of queries) {
  for (const sort of ['relevance', 'date'] as const) {
    try {
      searchArticles(lib.db, q, { limit: 20, sort });
    } catch {
      /* only-exclusion queries are refused */
    }
  }
}
lib.close();
process.stdout.write(JSON.stringify({ queries: queries.length, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
