// main.ts wired to a stand-in `electron` and the real core (Node's better-sqlite3): the scheme is
// privileged before ready, the window is hardened, IPC reaches the library only from that window,
// quit closes the core, and a library that cannot be opened ends in a dialog instead of a crash.
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { ipcChannel } from '../../shared/api-methods';

type Callback = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

function createFakeElectron() {
  const calls = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, Callback>(),
    ipc: new Map<string, Callback>(),
    windows: [] as Array<{ options: any; loaded: string[]; webContents: any }>, // eslint-disable-line @typescript-eslint/no-explicit-any
    errorBoxes: [] as Array<[string, string]>,
    messageBoxes: [] as Array<{ title: string; detail: string; buttons: string[] }>,
    /** Which button the fake user presses in a message box. */
    answer: 'Quit',
    exitCode: null as number | null,
  };
  let nextId = 1;
  class FakeWebContents extends EventEmitter {
    id = nextId++;
    session = {
      setPermissionRequestHandler() {},
      setPermissionCheckHandler() {},
      setDevicePermissionHandler() {},
      webRequest: { onBeforeRequest() {} },
    };
    setWindowOpenHandler() {}
  }
  class BrowserWindow extends EventEmitter {
    webContents = new FakeWebContents();
    loaded: string[] = [];
    constructor(public options: unknown) {
      super();
      calls.windows.push(this as never);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    show() {}
    focus() {}
    restore() {}
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setName() {},
    setPath() {},
    getPath: () => os.tmpdir(),
    getVersion: () => '0.0.0-test',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    setAboutPanelOptions() {},
    showAboutPanel() {},
    quit() {},
    exit: (code: number) => void (calls.exitCode = code),
  });
  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => calls.privileged.push(...schemes),
      handle: (scheme: string, handler: Callback) => calls.protocolHandlers.set(scheme, handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Callback) => calls.ipc.set(channel, handler),
      removeHandler: (channel: string) => calls.ipc.delete(channel),
    },
    dialog: {
      showErrorBox: (title: string, text: string) => calls.errorBoxes.push([title, text]),
      showMessageBoxSync: (options: { title: string; detail: string; buttons: string[] }) => {
        calls.messageBoxes.push(options);
        return options.buttons.indexOf(calls.answer);
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu() {} },
    shell: { openExternal: async () => {} },
  };
  return { electron, calls };
}

let current = createFakeElectron();
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const realLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? current.electron : realLoad.call(this, request, ...rest);
};

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Loads main.ts afresh (it runs on import, like Electron's entry point) and lets `ready` pass. */
async function startMain(libraryDir: string, answer = 'Quit') {
  current = createFakeElectron();
  current.calls.answer = answer;
  process.env.PARALLAX_LIBRARY = libraryDir;
  delete process.env.PARALLAX_SQLITE_BINDING;
  for (const id of Object.keys(require.cache)) if (id.includes(`${path.sep}electron${path.sep}main${path.sep}`)) delete require.cache[id];
  require('./main');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return current.calls;
}

test('starts the core, serves app://parallax/ and answers IPC only from its window', async () => {
  const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-main-'));
  tempDirs.push(libraryDir);
  const calls = await startMain(libraryDir);

  assert.deepEqual(calls.privileged, [
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  assert.equal(calls.errorBoxes.length, 0, JSON.stringify(calls.errorBoxes));
  assert.equal(calls.windows.length, 1);
  const [window] = calls.windows;
  const prefs = window!.options.webPreferences;
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.webviewTag, false);
  assert.equal(prefs.preload, path.join(__dirname, '..', 'preload', 'preload.js'));
  assert.equal(window!.options.show, false);
  assert.deepEqual(window!.loaded, ['app://parallax/index.html']);
  assert.equal(window!.webContents.listenerCount('will-navigate'), 1);

  const serve = calls.protocolHandlers.get('app')!;
  const escape: Response = await serve(new Request('app://parallax/..%2f..%2fpackage.json'));
  assert.equal(escape.status, 403);

  const listArticles = calls.ipc.get(ipcChannel('listArticles'))!;
  const fromWindow = { sender: window!.webContents, senderFrame: { url: 'app://parallax/index.html', parent: null } };
  const answer = await listArticles(fromWindow, {});
  assert.equal(answer.ok, true, JSON.stringify(answer));
  assert.equal(answer.value.length, 5); // the sample corpus, imported on first open

  const stranger = { sender: { id: 999 }, senderFrame: { url: 'app://parallax/index.html', parent: null } };
  const warn = console.warn;
  console.warn = () => {};
  assert.equal((await listArticles(stranger, {})).error.code, 'UNAUTHORIZED');
  console.warn = warn;

  current.electron.app.emit('will-quit');
  assert.equal(calls.ipc.size, 0);
});

test('a library that cannot be opened: the user sees why and may quit, leaving the file untouched', async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-main-bad-'));
  tempDirs.push(parent);
  const notALibrary = path.join(parent, 'library');
  fs.mkdirSync(notALibrary);
  fs.writeFileSync(path.join(notALibrary, 'library.sqlite'), 'these are my notes, not a database');
  const calls = await startMain(notALibrary, 'Quit');

  assert.equal(calls.windows.length, 0);
  assert.equal(calls.exitCode, 1);
  assert.equal(calls.messageBoxes.length, 1);
  const { title, detail, buttons } = calls.messageBoxes[0]!;
  assert.equal(title, 'Parallax could not open its library');
  assert.match(detail, /is not a Parallax library/);
  assert.match(detail, new RegExp(`Library folder: ${notALibrary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  assert.deepEqual(buttons, ['Start a new library', 'Quit']);
  assert.equal(fs.readFileSync(path.join(notALibrary, 'library.sqlite'), 'utf8'), 'these are my notes, not a database');
});

test('a library that cannot be opened: "Start a new library" keeps the old file aside and opens the app', async () => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-main-bad-'));
  tempDirs.push(parent);
  const dir = path.join(parent, 'library');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'library.sqlite'), 'damaged');
  const calls = await startMain(dir, 'Start a new library');

  assert.equal(calls.messageBoxes.length, 1);
  assert.equal(calls.windows.length, 1);
  const kept = fs.readdirSync(dir).filter((f) => f.startsWith('library.sqlite.set-aside-'));
  assert.equal(kept.length, 1);
  assert.equal(fs.readFileSync(path.join(dir, kept[0]!), 'utf8'), 'damaged');
  current.electron.app.emit('will-quit');
});
