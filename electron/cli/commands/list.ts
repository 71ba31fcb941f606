// parallax list: the library's articles, sortable by title, outlet, author, date or words.
import type { ArticleSummary } from '../../../shared/domain';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { formatArticleTable } from '../format-text';
import { openCore, type CommandContext } from './context';

const SORTS: Record<string, (a: ArticleSummary, b: ArticleSummary) => number> = {
  id: (a, b) => a.id - b.id,
  title: (a, b) => (a.title ?? '').localeCompare(b.title ?? ''),
  outlet: (a, b) => (a.outlet ?? '').localeCompare(b.outlet ?? ''),
  author: (a, b) => (a.authors[0] ?? '').localeCompare(b.authors[0] ?? ''),
  date: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
  words: (a, b) => b.wordCount - a.wordCount,
};

export async function listCommand(ctx: CommandContext): Promise<number> {
  const sort = ctx.options.sort ?? 'id';
  const compare = SORTS[sort];
  if (!compare) throw new UsageError(`unknown sort "${sort}" (use ${Object.keys(SORTS).join(', ')})`);
  const core = openCore(ctx);
  try {
    const articles = (await core.api.listArticles({})).sort(compare);
    if (ctx.json) writeJson({ articles });
    else process.stdout.write(formatArticleTable(articles) + '\n');
    return EXIT.ok;
  } finally {
    core.close();
  }
}
