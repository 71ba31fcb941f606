// parallax backup <file>: the whole library (articles with their original bytes, highlights,
// notes, tags, settings) as one `.parallax-backup` file. The library is only read.
import path from 'node:path';
import { BACKUP_EXTENSION } from '../../../shared/backup';
import { createBackup } from '../../core/backup/create-backup';
import { appVersion } from '../../core/app/package-paths';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function backupCommand(ctx: CommandContext): Promise<number> {
  const target = ctx.positionals[0];
  if (!target) throw new UsageError(`backup needs a file to write (e.g. library${BACKUP_EXTENSION})`);
  const file = path.resolve(target);
  const core = openCore(ctx);
  try {
    const manifest = createBackup(core.library.db, file, { appVersion: appVersion() });
    if (ctx.json) writeJson({ file, manifest });
    else {
      const { articles = 0, highlights = 0, notes = 0 } = manifest.rowCounts;
      process.stdout.write(`Backed up ${articles} articles, ${highlights} highlights and ${notes} notes to ${file}\n`);
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
