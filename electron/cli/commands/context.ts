// What every CLI command receives: its parsed arguments and a way to open the library.
import { startCore, defaultLibraryDir, type Core } from '../../core';

export interface CommandContext {
  positionals: string[];
  json: boolean;
  options: {
    library?: string;
    limit?: string;
    batch?: string;
    port?: string;
    sort?: string;
    'no-sample'?: boolean;
    'keep-near-duplicates'?: boolean;
    all?: boolean;
    diff?: boolean;
    force?: boolean;
    format?: string;
    article?: string;
  };
}

export function libraryDirOf(ctx: CommandContext): string {
  return ctx.options.library ?? defaultLibraryDir();
}

export function openCore(ctx: CommandContext, sampleCorpusDir: string | null = null): Core {
  return startCore({ libraryDir: libraryDirOf(ctx), sampleCorpusDir });
}
