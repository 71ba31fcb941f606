// parallax reclean --all | <id>…: re-extracts articles from their stored original files with the
// current cleaner, keeping edited metadata; says how each article's highlights re-attached when
// some of them did not re-attach exactly.
import type { RecleanAnchoring } from '../../../shared/import-jobs';
import { allArticleIds, recleanArticles } from '../../core/library/import-reclean';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

/** "3 highlights: 1 exact, 1 approximate, 1 not found — review in the app" */
export function describeAnchoring(a: RecleanAnchoring): string {
  const total = a.exact + a.approximate + a.orphaned;
  return `${total === 1 ? '1 highlight' : `${total} highlights`}: ${a.exact} exact, ${a.approximate} approximate, ${a.orphaned} not found — review in the app`;
}

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
    else {
      process.stdout.write(`${report.recleaned.length} re-cleaned, ${report.failed.length} failed\n`);
      for (const a of report.anchoring) if (a.approximate + a.orphaned > 0) process.stdout.write(`article ${a.id}: ${describeAnchoring(a)}\n`);
    }
    for (const f of report.failed) process.stderr.write(`parallax: article ${f.id}: ${f.reason}\n`);
    return report.failed.length ? EXIT.failed : EXIT.ok;
  } finally {
    core.close();
  }
}
