// parallax search <query> [--sort relevance|date] | --batch <file>: ranked hits, with notes on
// corrections and ignored filters; batch mode prints one JSON line per query.
import fs from 'node:fs';
import { toApiError } from '../../../shared/errors';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { formatHits } from '../format-text';
import { openCore, type CommandContext } from './context';

export async function searchCommand(ctx: CommandContext): Promise<number> {
  const limit = ctx.options.limit === undefined ? 20 : Number(ctx.options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit must be a whole number from 1 to 200');
  const sort = ctx.options.sort ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw new UsageError('--sort for search must be relevance or date');
  const batch = ctx.options.batch;
  const query = ctx.positionals.join(' ');
  if (!batch && !query.trim()) throw new UsageError('search needs a query (or --batch <file> with one query per line)');
  if (batch && query) throw new UsageError('give either a query or --batch <file>, not both');
  let queries: string[] = [];
  if (batch) {
    try {
      queries = fs.readFileSync(batch, 'utf8').split(/\r?\n/).filter((q) => q.trim());
    } catch (err) {
      throw new UsageError(`cannot read batch file ${batch} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const core = openCore(ctx);
  try {
    if (batch) {
      for (const q of queries) {
        try {
          writeJson(await core.api.search({ query: q, limit, sort }));
        } catch (err) {
          writeJson({ query: q, total: 0, hits: [], error: toApiError(err) });
        }
      }
      return EXIT.ok;
    }
    const result = await core.api.search({ query, limit, sort });
    if (ctx.json) writeJson(result);
    else {
      const notes = [...(result.notices ?? [])];
      if (result.totalCapped) notes.push(`Counting stopped at ${result.total} articles; there are more.`);
      process.stdout.write(notes.map((n) => `note: ${n}\n`).join('') + formatHits(query, result.total, result.hits) + '\n');
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
