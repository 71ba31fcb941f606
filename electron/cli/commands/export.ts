// parallax export-annotations [--format markdown|jsonld] [--article id]: highlights and notes
// on stdout, as Markdown (one section per article) or W3C Web Annotation JSON-LD.
import { EXIT, UsageError, writeJson } from '../cli-error';
import { openCore, type CommandContext } from './context';

const FORMATS = ['markdown', 'jsonld'] as const;

export async function exportAnnotationsCommand(ctx: CommandContext): Promise<number> {
  const format = ctx.options.format ?? 'markdown';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}" (use ${FORMATS.join(' or ')})`);
  const articleId = ctx.options.article === undefined ? undefined : Number(ctx.options.article);
  if (articleId !== undefined && (!Number.isInteger(articleId) || articleId <= 0)) {
    throw new UsageError('--article needs an article id (a positive whole number; see "parallax list")');
  }
  const core = openCore(ctx);
  try {
    if (format === 'jsonld') {
      const out = await core.api.exportAnnotationsJsonLd({ articleId });
      if (ctx.json) writeJson({ format, fileName: out.fileName, count: out.count, document: JSON.parse(out.json) });
      else process.stdout.write(out.json);
      return EXIT.ok;
    }
    const ids = articleId !== undefined ? [articleId] : await annotatedArticleIds(core);
    const files = [];
    for (const id of ids) files.push({ articleId: id, ...(await core.api.exportAnnotations({ articleId: id })) });
    if (ctx.json) writeJson({ format, files });
    else process.stdout.write(files.map((f) => f.markdown).join('\n'));
    return EXIT.ok;
  } finally {
    core.close();
  }
}

async function annotatedArticleIds(core: ReturnType<typeof openCore>): Promise<number[]> {
  const all = await core.api.listAllAnnotations({});
  const ids = new Set([...all.highlights.map((h) => h.articleId), ...all.articleNotes.map((n) => n.articleId)]);
  return [...ids].sort((a, b) => a - b);
}
