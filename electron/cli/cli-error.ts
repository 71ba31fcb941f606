// How the CLI fails: one line on stderr (and a JSON error object on stdout with --json), and an
// exit code scripts can rely on.
import { toApiError, type ApiError } from '../../shared/errors';

export const EXIT = { ok: 0, failed: 1, usage: 2, someRejected: 3 } as const;

export class UsageError extends Error {}

export function reportError(err: unknown, json: boolean): number {
  if (err instanceof UsageError) {
    process.stderr.write(`parallax: ${err.message}\nRun "parallax help" for usage.\n`);
    if (json) writeJson({ error: { code: 'INVALID_INPUT', message: err.message } });
    return EXIT.usage;
  }
  const error: ApiError = toApiError(err);
  if (error.code === 'INTERNAL' && process.env.PARALLAX_DEBUG) console.error(err);
  process.stderr.write(`parallax: ${error.message}\n`);
  if (json) writeJson({ error });
  return error.code === 'INVALID_INPUT' ? EXIT.usage : EXIT.failed;
}

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
