// The one hardening module applied to every WebContents and session the app creates: no
// navigation away from our origin, no new windows, no webviews, no permissions, no remote loads.
import { app, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { decideNavigation, externalUrlToOpen } from './navigation-policy';

const hardenedContents = new WeakSet<WebContents>();
const hardenedSessions = new WeakSet<Session>();

/** Call once before any window exists; every WebContents created afterwards is hardened. */
export function setupWindowHardening(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

export function hardenWebContents(contents: WebContents): void {
  if (hardenedContents.has(contents)) return;
  hardenedContents.add(contents);
  hardenSession(contents.session);

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openInBrowser(decision.openExternally);
  });
  contents.on('will-frame-navigate', (event) => {
    // Main-frame navigations are decided by 'will-navigate' above; sub-frames stay on our origin.
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) openInBrowser(external);
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session): void {
  if (hardenedSessions.has(session)) return;
  hardenedSessions.add(session);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The app is offline by design: nothing it renders may fetch from the network.
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

function openInBrowser(url: string): void {
  shell.openExternal(url).catch((err: unknown) => {
    console.warn(`Parallax: could not open ${url} in the browser:`, err);
  });
}
