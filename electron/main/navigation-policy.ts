// What the app window may navigate to (only its own origin) and which links may leave the app
// for the user's browser (plain http/https, decided on a parsed URL). Pure, so it is unit-tested.
import { isAppUrl, parseUrl } from './app-origin';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:']);
const MAX_EXTERNAL_URL_LENGTH = 8192;

/**
 * The normalized URL to hand to `shell.openExternal`, or null when the link must not leave the
 * app: anything but http(s), URLs with credentials, missing hosts, or absurd lengths.
 */
export function externalUrlToOpen(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  const url = parseUrl(raw.trim());
  if (!url || !EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

export type NavigationDecision =
  | { allow: true }
  | { allow: false; openExternally: string | null };

/** The window only ever shows our own pages; a clicked web link opens in the browser instead. */
export function decideNavigation(targetUrl: string): NavigationDecision {
  if (isAppUrl(targetUrl)) return { allow: true };
  return { allow: false, openExternally: externalUrlToOpen(targetUrl) };
}
