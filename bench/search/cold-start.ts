// Child process of the benchmark: open a library and answer one query, timed from inside (so the
// TypeScript loader's start-up is not counted) and reported as one JSON line.
import { performance } from 'node:perf_hooks';
import { openLibrary } from '../../electron/core/library/library';
import { searchArticles } from '../../electron/core/search/search-articles';

const [dir, query] = process.argv.slice(2);
const t0 = performance.now();
const lib = openLibrary({ dir: dir! });
const t1 = performance.now();
const result = searchArticles(lib.db, query!, { limit: 20 });
const t2 = performance.now();
lib.close();
process.stdout.write(
  JSON.stringify({
    openMs: t1 - t0,
    firstQueryMs: t2 - t1,
    totalMs: t2 - t0,
    hits: result.hits.length,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
