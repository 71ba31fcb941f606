// parallax import <files|folders>…: imports through the same core as the app; prints a per-file report.
import { importPaths } from '../../core/library/import-paths';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function importCommand(ctx: CommandContext): Promise<number> {
  if (!ctx.positionals.length) throw new UsageError('import needs at least one file or folder');
  const core = openCore(ctx);
  try {
    const report = await importPaths(core.library.db, ctx.positionals, { keepNearDuplicates: ctx.options['keep-near-duplicates'] });
    if (ctx.json) writeJson(report);
    else {
      for (const r of report.results) {
        const what =
          r.status === 'imported'
            ? `imported as ${r.id}`
            : r.status === 'duplicate'
              ? r.reason
              : r.status === 'near-duplicate'
                ? `skipped, ${r.reason} (use --keep-near-duplicates to store it)`
                : `rejected: ${r.reason}`;
        process.stdout.write(`${r.file}: ${what}\n`);
      }
      const near = report.nearDuplicates ? `, ${report.nearDuplicates} near-duplicates skipped` : '';
      process.stdout.write(`${report.imported} imported, ${report.duplicates} already in the library${near}, ${report.rejected} rejected\n`);
    }
    for (const r of report.results) if (r.status === 'rejected') process.stderr.write(`parallax: ${r.file}: ${r.reason}\n`);
    return report.rejected > 0 ? EXIT.someRejected : EXIT.ok;
  } finally {
    core.close();
  }
}
