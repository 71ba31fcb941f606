// parallax serve: the real UI and API for a browser, on loopback, until interrupted.
import fs from 'node:fs';
import { builtRendererDir, bundledSampleCorpusDir } from '../../core';
import { startServer } from '../../server/server';
import { EXIT, UsageError } from '../cli-error';
import { libraryDirOf, openCore, type CommandContext } from './context';

export async function serveCommand(ctx: CommandContext): Promise<number> {
  const port = ctx.options.port === undefined ? 4747 : Number(ctx.options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number (0 picks a free one)');
  const rendererDir = builtRendererDir();
  if (!fs.existsSync(rendererDir)) throw new UsageError('the UI is not built yet: run "npm run build" first');
  const core = openCore(ctx, ctx.options['no-sample'] ? null : bundledSampleCorpusDir());
  const server = await startServer({
    handlers: core.handlers,
    rendererDir,
    port,
  }).catch((err: NodeJS.ErrnoException) => {
    core.close();
    if (err.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; choose another with --port (0 picks a free one)`);
    throw err;
  });
  if (core.sampleImport) process.stdout.write(`Imported the sample corpus: ${core.sampleImport.imported} articles.\n`);
  process.stdout.write(`Library: ${libraryDirOf(ctx)}\n`);
  process.stdout.write(`Parallax is serving at ${server.url}\n`);
  process.stdout.write('Open that URL in a browser (it carries a one-time access token). Press Ctrl+C to stop.\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  core.close();
  return EXIT.ok;
}
