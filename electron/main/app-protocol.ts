// Serves the built renderer from `app://parallax/`: a privileged standard scheme (so the page has
// a real origin for CSP, fetch and storage) backed by files under dist/renderer, nothing else.
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppRequest } from './serve-app-request';

/** Must run before the app's `ready` event. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Registers the handler on the default session, which the app window uses. */
export function setupAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
}
