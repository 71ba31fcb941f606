// `parallax` command line: the same core as the desktop app, from a terminal.
import { parseArgs } from 'node:util';
import { appVersion } from '../core/app/package-paths';
import { EXIT, UsageError, reportError } from './cli-error';
import { backupCommand } from './commands/backup';
import type { CommandContext } from './commands/context';
import { compareCommand } from './commands/compare';
import { relatedCommand } from './commands/related';
import { storiesCommand } from './commands/stories';
import { versionsCommand } from './commands/versions';
import { outletsCommand } from './commands/outlets';
import { exportAnnotationsCommand } from './commands/export';
import { extractCommand } from './commands/extract';
import { importCommand } from './commands/import';
import { recleanCommand } from './commands/reclean';
import { listCommand } from './commands/list';
import { restoreCommand } from './commands/restore';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { showCommand } from './commands/show';

const HELP = `parallax — offline reader for following one story across many outlets

Usage:
  parallax import <files|folders>…   import articles (.txt .md .html .mhtml .pdf); folders are walked
  parallax reclean --all | <id>…     re-extract articles from their original files with the current cleaner
  parallax list [--sort id|title|outlet|author|date|words]
  parallax show <id>                 an article's metadata and clean text
  parallax search <query>            ranked search ("phrase", -exclude, prefix*, OR, title:, author:, outlet:)
  parallax search --batch <file>     one query per line → one JSON line per query
  parallax extract <file>            what the importer would store, without storing it
  parallax compare <id> <id>…        shared claims, only-in, quotes, entities, differing figures, timeline
  parallax related <id> [--limit n]  other coverage of the same event, with shared people, dates and terms
  parallax stories                   the library grouped into stories (one event each), copies counted once
  parallax versions <id> [--diff]    an article's versions (changed copies imported again); --diff: what changed
  parallax outlets                   every outlet: domains, country, language, ownership, your labels
  parallax backup <file>             the whole library (articles, originals, highlights, notes, tags, settings) in one file
  parallax restore <file> [--force]  a backup into an empty library (--force: replace what it holds)
  parallax export-annotations [--format markdown|jsonld] [--article <id>]
                                     highlights and notes on stdout (jsonld: W3C Web Annotations)
  parallax serve [--port N]          the app in a browser at http://127.0.0.1:N/ (default 4747; 0 = any free port)

Options:
  --library <dir>   library folder (default: the desktop app's; env PARALLAX_LIBRARY)
  --json            machine-readable output (schema in the README)
  --limit <n>       search: number of hits (default 20)
  --no-sample       serve: do not import the sample corpus into a new library
  --keep-near-duplicates  import: store files whose text is nearly an existing article's (default: skip)
  --all             reclean: every article
  -h, --help        this help;  -v, --version  the version

Exit codes: 0 ok, 1 failed, 2 bad usage or input, 3 some files were rejected (import).`;

const COMMANDS: Record<string, (ctx: CommandContext) => Promise<number>> = {
  import: importCommand,
  reclean: recleanCommand,
  list: listCommand,
  show: showCommand,
  search: searchCommand,
  extract: extractCommand,
  serve: serveCommand,
  compare: compareCommand,
  related: relatedCommand,
  stories: storiesCommand,
  versions: versionsCommand,
  outlets: outletsCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'export-annotations': exportAnnotationsCommand,
};

export async function runCli(argv: string[]): Promise<number> {
  let json = argv.includes('--json');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean' },
        limit: { type: 'string' },
        batch: { type: 'string' },
        port: { type: 'string' },
        sort: { type: 'string' },
        'no-sample': { type: 'boolean' },
        force: { type: 'boolean' },
        format: { type: 'string' },
        article: { type: 'string' },
        'keep-near-duplicates': { type: 'boolean' },
        all: { type: 'boolean' },
        diff: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    json = values.json ?? false;
    const [command, ...rest] = positionals;
    if (values.version) {
      process.stdout.write(appVersion() + '\n');
      return EXIT.ok;
    }
    if (values.help || !command || command === 'help') {
      process.stdout.write(HELP + '\n');
      return command || values.help ? EXIT.ok : EXIT.usage;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run({ positionals: rest, json, options: values });
  } catch (err) {
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      return reportError(new UsageError(err.message), json);
    }
    return reportError(err, json);
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.exitCode = reportError(err, false);
    },
  );
}
