// parallax related <id> [--limit n] [--json]: coverage of the same event in other articles, best
// first, with the people, dates and terms each shares. --json: RelatedResult (shared/stories.ts).
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function relatedCommand(ctx: CommandContext): Promise<number> {
  const id = Number(ctx.positionals[0]);
  if (ctx.positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError('related needs one article id (see "parallax list")');
  const limit = ctx.options.limit === undefined ? 10 : Number(ctx.options.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
  const core = openCore(ctx);
  try {
    const result = await core.api.relatedArticles({ id, limit });
    if (ctx.json) {
      writeJson(result);
      return EXIT.ok;
    }
    if (!result.related.length) process.stdout.write(`No related coverage for article ${id}.\n`);
    for (const r of result.related) {
      const why = [
        r.reprint ? 'reprint' : '',
        r.reasons.sharedEntities.slice(0, 4).map((e) => e.name).join(', '),
        r.reasons.sharedDates.slice(0, 3).join(', '),
        r.reasons.sharedTerms.slice(0, 4).join(', '),
      ].filter(Boolean).join(' · ');
      process.stdout.write(`${r.score.toFixed(2)}  #${r.id}  ${r.title ?? '(untitled)'}  [${r.outlet ?? 'unknown outlet'}, ${r.publishedAt ?? 'date unknown'}]\n      ${why}\n`);
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
