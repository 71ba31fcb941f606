// parallax restore <file> [--force]: a backup into the library. An empty library only, unless
// --force replaces what it holds; the backup file is never changed.
import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '../../core/backup/restore-backup';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function restoreCommand(ctx: CommandContext): Promise<number> {
  const source = ctx.positionals[0];
  if (!source) throw new UsageError('restore needs a backup file (made by "parallax backup")');
  const file = path.resolve(source);
  if (!fs.existsSync(file)) throw new UsageError(`there is no file ${file}`);
  const core = openCore(ctx);
  try {
    if (path.resolve(core.library.file) === file) throw new UsageError('that file is this library itself, not a backup');
    const report = restoreBackup(core.library.db, file, { force: ctx.options.force ?? false });
    if (ctx.json) writeJson(report);
    else {
      const { articles = 0, highlights = 0, notes = 0 } = report.rowCounts;
      process.stdout.write(`Restored ${articles} articles, ${highlights} highlights and ${notes} notes from a backup of ${report.manifest.createdAt}\n`);
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
