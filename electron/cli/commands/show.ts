// parallax show <id>: one article's metadata and clean text.
import { blocksToText } from '../../../shared/text';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { formatArticle } from '../format-text';
import { openCore, type CommandContext } from './context';

export async function showCommand(ctx: CommandContext): Promise<number> {
  const raw = ctx.positionals[0];
  const id = Number(raw);
  if (!raw || !Number.isInteger(id) || id <= 0) throw new UsageError('show needs an article id (a positive whole number; see "parallax list")');
  const core = openCore(ctx);
  try {
    const article = await core.api.getArticle({ id });
    if (ctx.json) writeJson({ article: { ...article, text: blocksToText(article.blocks) } });
    else process.stdout.write(formatArticle(article) + '\n');
    return EXIT.ok;
  } finally {
    core.close();
  }
}
