// Where the renderer lives: the privileged `app://parallax/` origin served from dist/renderer.
// Pure (no `electron` import) so navigation, IPC and protocol checks can share it and be tested.

export const APP_SCHEME = 'app';
export const APP_HOST = 'parallax';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Parses `raw` strictly; null when it is not a URL at all. */
export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `raw` is a URL of our own origin. Compared by parsed parts, never by substring:
 * `app://parallax.evil/`, `app://parallax@evil/` and `app://evil/#app://parallax/` are all refused.
 * (Node parses `app:` as a non-special scheme whose `origin` is "null", so the parts are compared.)
 */
export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname.toLowerCase() === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}
