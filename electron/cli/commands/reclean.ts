// parallax reclean --all | <id>…: re-extracts articles from their stored original files with the
// current cleaner, keeping edited metadata; highlights re-anchor on read.
import { allArticleIds, recleanArticles } from '../../core/library/import-reclean';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function recleanCommand(ctx: CommandContext): Promise<number> {
  const all = ctx.options.all ?? false;
  if (all === ctx.positionals.length > 0) throw new UsageError('reclean needs --all or one or more article ids, not both');
  const ids = ctx.positionals.map((p) => {
    if (!/^\d+$/.test(p) || Number(p) < 1) throw new UsageError(`"${p}" is not an article id`);
    return Number(p);
  });
  const core = openCore(ctx);
  try {
    const report = await recleanArticles(core.library.db, all ? allArticleIds(core.library.db) : ids);
    if (ctx.json) writeJson(report);
    else process.stdout.write(`${report.recleaned.length} re-cleaned, ${report.failed.length} failed\n`);
    for (const f of report.failed) process.stderr.write(`parallax: article ${f.id}: ${f.reason}\n`);
    return report.failed.length ? EXIT.failed : EXIT.ok;
  } finally {
    core.close();
  }
}
