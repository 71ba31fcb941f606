// Turns a failure to open the library at start-up into the text of the dialog the user sees:
// the core's own message when it has one, never a stack trace.
export const STARTUP_ERROR_TITLE = 'Parallax could not open its library';

export function describeStartupError(err: unknown, libraryDir: string): string {
  // The core throws ParallaxError (an Error) with a message written for people.
  const reason = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return [
    reason.trim() || 'An unknown error occurred.',
    '',
    `Library folder: ${libraryDir}`,
    'To use another folder, set the PARALLAX_LIBRARY environment variable to it and start Parallax again.',
  ].join('\n');
}
