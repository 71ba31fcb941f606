// parallax versions <id> [--diff] [--json]: an article's versions (a changed copy imported again is
// kept as a new version), and with --diff what changed from the previous version to the current.
// --json: ArticleVersions, or with --diff a VersionDiff (shared/versions.ts).
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function versionsCommand(ctx: CommandContext): Promise<number> {
  const id = Number(ctx.positionals[0]);
  if (ctx.positionals.length !== 1 || !Number.isInteger(id) || id <= 0) throw new UsageError('versions needs one article id (see "parallax list")');
  const core = openCore(ctx);
  try {
    if (ctx.options.diff) {
      const diff = await core.api.versionDiff({ id });
      if (ctx.json) {
        writeJson(diff);
        return EXIT.ok;
      }
      const s = diff.stats;
      process.stdout.write(
        `Article ${id}, version ${diff.from} → ${diff.to}: ${s.paragraphsChanged} ${s.paragraphsChanged === 1 ? 'paragraph' : 'paragraphs'} changed, ${s.paragraphsAdded} added, ${s.paragraphsRemoved} removed (+${s.wordsAdded} / −${s.wordsRemoved} words)\n`,
      );
      for (const p of diff.paragraphs) {
        if (p.op === 'same') continue;
        if (p.op === 'changed') process.stdout.write(`~ ${(p.tokens ?? []).map((t) => (t.op === 'same' ? t.text : t.op === 'added' ? `{+${t.text}+}` : `[-${t.text}-]`)).join(' ')}\n`);
        else process.stdout.write(`${p.op === 'added' ? '+' : '-'} ${p.text}\n`);
      }
      return EXIT.ok;
    }
    const result = await core.api.articleVersions({ id });
    if (ctx.json) {
      writeJson(result);
      return EXIT.ok;
    }
    for (const v of result.versions) {
      process.stdout.write(`${v.current ? '*' : ' '} v${v.version}  ${v.importedAt.slice(0, 19).replace('T', ' ')}  ${v.wordCount} words  ${v.sourceName}  ${v.title ?? '(untitled)'}\n`);
    }
    return EXIT.ok;
  } finally {
    core.close();
  }
}
