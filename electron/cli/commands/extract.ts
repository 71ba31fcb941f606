// parallax extract <file>: what the importer would store for a file, without storing anything.
import fs from 'node:fs';
import path from 'node:path';
import { ParallaxError } from '../../../shared/errors';
import { blocksToText, countWords } from '../../../shared/text';
import { extractArticle } from '../../core/import/extract-article';
import { MAX_FILE_BYTES } from '../../core/import/types';
import { EXIT, UsageError, writeJson } from '../cli-error';
import { formatArticle } from '../format-text';
import type { CommandContext } from './context';

export async function extractCommand(ctx: CommandContext): Promise<number> {
  const file = ctx.positionals[0];
  if (!file || ctx.positionals.length > 1) throw new UsageError('extract needs exactly one file');
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new ParallaxError('READ_FAILED', `${file} is not a file`);
    if (stat.size > MAX_FILE_BYTES) throw new ParallaxError('FILE_TOO_LARGE', `${file}: file larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('READ_FAILED', `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const x = await extractArticle({ name: path.basename(file), bytes });
  const text = blocksToText(x.blocks);
  const result = {
    file,
    format: x.format,
    ...x.metadata,
    subtitle: x.subtitle,
    wordCount: countWords(text),
    blocks: x.blocks,
    text,
    removed: x.removed,
  };
  if (ctx.json) writeJson(result);
  else {
    const now = new Date().toISOString();
    process.stdout.write(
      formatArticle({ ...result, id: 1, sourceName: path.basename(file), sourceFormat: x.format, importedAt: now, editedFields: [] }) + '\n',
    );
    if (x.removed.length) {
      process.stdout.write(`\n--- removed by the cleaner (${x.removed.length}) ---\n`);
      for (const r of x.removed) process.stdout.write(`[${r.reason}] ${r.text.slice(0, 100)}\n`);
    }
  }
  return EXIT.ok;
}
