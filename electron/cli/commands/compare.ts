// parallax compare <id> <id>…: what the articles share, what only one says, quotes, entities,
// figures that differ and a timeline. --json prints the Comparison object.
import { comparisonToMarkdown } from '../../core/compare/comparison-markdown';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

export async function compareCommand(ctx: CommandContext): Promise<number> {
  const ids = ctx.positionals.map(Number);
  if (ids.length < 2 || ids.length > 20 || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new UsageError('compare needs 2 to 20 article ids (positive whole numbers; see "parallax list")');
  }
  if (new Set(ids).size !== ids.length) throw new UsageError('compare: give each article id once');
  const core = openCore(ctx);
  try {
    const comparison = await core.api.compareArticles({ ids });
    if (ctx.json) writeJson(comparison);
    else process.stdout.write(comparisonToMarkdown(comparison));
    return EXIT.ok;
  } finally {
    core.close();
  }
}
