// harden-window.ts against a stand-in `electron`: navigation, new windows, webviews, permissions
// and remote requests, driven the way Electron emits them.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import Module from 'node:module';
import { test } from 'node:test';

const opened: string[] = [];
const fakeElectron = {
  app: new EventEmitter(),
  shell: { openExternal: async (url: string) => void opened.push(url) },
};
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const realLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? fakeElectron : realLoad.call(this, request, ...rest);
};

type Callback = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

function fakeSession() {
  const handlers: Record<string, Callback> = {};
  return {
    handlers,
    setPermissionRequestHandler: (h: Callback) => (handlers.request = h),
    setPermissionCheckHandler: (h: Callback) => (handlers.check = h),
    setDevicePermissionHandler: (h: Callback) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, h: Callback) => {
        handlers.beforeRequest = h;
        handlers.filter = () => filter;
      },
    },
  };
}

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    session: fakeSession(),
    openHandler: null as Callback | null,
    setWindowOpenHandler(h: Callback) {
      contents.openHandler = h;
    },
  });
  return contents;
}

function emit(contents: EventEmitter, name: string, details: Record<string, unknown> = {}): boolean {
  let prevented = false;
  contents.emit(name, { ...details, preventDefault: () => (prevented = true) });
  return prevented;
}

async function hardened() {
  const { hardenWebContents, setupWindowHardening } = require('./harden-window') as typeof import('./harden-window');
  const contents = fakeContents();
  setupWindowHardening();
  fakeElectron.app.emit('web-contents-created', {}, contents);
  hardenWebContents(contents as never); // a second call must not stack listeners
  opened.length = 0;
  return contents;
}

test('every new WebContents is hardened once', async () => {
  const contents = await hardened();
  assert.equal(contents.listenerCount('will-navigate'), 1);
  assert.equal(contents.listenerCount('will-attach-webview'), 1);
});

test('navigation stays on app://parallax/; web links go to the browser', async () => {
  const contents = await hardened();
  assert.equal(emit(contents, 'will-navigate', { url: 'app://parallax/index.html' }), false);
  assert.equal(emit(contents, 'will-navigate', { url: 'https://example.com/a' }), true);
  assert.equal(emit(contents, 'will-navigate', { url: 'file:///etc/passwd' }), true);
  assert.equal(emit(contents, 'will-redirect', { url: 'https://example.com/' }), true);
  assert.equal(emit(contents, 'will-redirect', { url: 'app://parallax/x' }), false);
  assert.equal(emit(contents, 'will-frame-navigate', { url: 'https://ads.example/', isMainFrame: false }), true);
  assert.equal(emit(contents, 'will-attach-webview'), true);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(opened, ['https://example.com/a']);
});

test('window.open is always denied; only http(s) opens in the browser', async () => {
  const contents = await hardened();
  for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://parallax/']) {
    assert.deepEqual(contents.openHandler!({ url }), { action: 'deny' }, url);
  }
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(opened, ['https://example.com/']);
});

test('permissions are refused and remote requests cancelled', async () => {
  const { handlers } = (await hardened()).session;
  let granted: boolean | undefined;
  handlers.request!({}, 'media', (ok: boolean) => (granted = ok), {});
  assert.equal(granted, false);
  assert.equal(handlers.check!({}, 'clipboard-read', 'app://parallax', {}), false);
  assert.equal(handlers.device!({}), false);
  let verdict: unknown;
  handlers.beforeRequest!({ url: 'https://tracker.example/p.gif' }, (v: unknown) => (verdict = v));
  assert.deepEqual(verdict, { cancel: true });
  assert.deepEqual(handlers.filter!().urls, ['http://*/*', 'https://*/*']);
});
