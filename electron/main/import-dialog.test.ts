// File > Import… and Electron drops, on a stand-in `electron` and the real core: the menu item opens
// the dialog, the job starts in main and its id reaches the window on the typed push channel; dropped
// paths are imported only from our window and only when they are real files or folders.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { SHELL_CHANNELS } from '../../shared/api-methods';
import { startCore } from '../core';
import { importJobsFor } from '../core/jobs/import-jobs';
import { SAMPLE_CORPUS, tempDir } from '../testing/temp-dir';

type Callback = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

const calls = {
  ipc: new Map<string, Callback>(),
  sent: [] as Array<[string, unknown]>,
  dialogs: [] as Array<{ properties: string[] }>,
  errorBoxes: [] as string[],
  menu: null as null | Array<{ label?: string; submenu?: Array<{ label?: string; click?: () => void; accelerator?: string }> }>,
  picked: [] as string[],
};
const webContents = { id: 1, send: (channel: string, message: unknown) => calls.sent.push([channel, message]) };
const window = { webContents, isDestroyed: () => false };
const fakeElectron = {
  app: { setAboutPanelOptions() {}, getVersion: () => '0', showAboutPanel() {} },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: never) => void (calls.menu = m) },
  ipcMain: {
    handle: (channel: string, handler: Callback) => calls.ipc.set(channel, handler),
    removeHandler: (channel: string) => calls.ipc.delete(channel),
  },
  dialog: {
    showOpenDialog: async (_win: unknown, options: { properties: string[] }) => {
      calls.dialogs.push(options);
      return { canceled: calls.picked.length === 0, filePaths: calls.picked };
    },
    showErrorBox: (_title: string, text: string) => calls.errorBoxes.push(text),
  },
};
const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const realLoad = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? fakeElectron : realLoad.call(this, request, ...rest);
};

const { setupImportShell } = require('./import-dialog') as typeof import('./import-dialog');
const { setupMenu } = require('./menu') as typeof import('./menu');

const fromWindow = { sender: webContents, senderFrame: { url: 'app://parallax/index.html', parent: null } };

test('File > Import… picks files and folders, starts the job in main and pushes its id to the window', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const shell = setupImportShell({ db: core.library.db, window: () => window as never, isOwnWindow: (s) => s.id === 1 });
  setupMenu({ isDev: false, onImport: () => void shell.showImportDialog() });
  const item = calls.menu!.find((m) => m.label === '&File')!.submenu!.find((i) => i.label === 'Import…')!;
  assert.equal(item.accelerator, 'CmdOrCtrl+O');

  calls.picked = [SAMPLE_CORPUS];
  item.click!();
  await new Promise((r) => setTimeout(r, 20));
  assert.deepEqual(calls.dialogs[0]!.properties, ['openFile', 'openDirectory', 'multiSelections']);
  const [channel, message] = calls.sent[0]!;
  assert.equal(channel, SHELL_CHANNELS.importStarted);
  const { jobId } = message as { jobId: string };
  const job = await importJobsFor(core.library.db).settled(jobId);
  assert.deepEqual([job.state, job.done, job.results.filter((r) => r.status === 'imported').length], ['done', 5, 5]);

  calls.picked = [];
  assert.equal(await shell.showImportDialog(), null, 'a cancelled dialog starts nothing');
  assert.equal(calls.sent.length, 1);
  shell.dispose();
  assert.equal(calls.ipc.has(SHELL_CHANNELS.importDroppedPaths), false);
  core.close();
});

test('dropped paths: imported from our window when they are files or folders; devices, strangers and junk refused', async () => {
  const core = startCore({ libraryDir: tempDir(), appVersion: 't' });
  const shell = setupImportShell({ db: core.library.db, window: () => window as never, isOwnWindow: (s) => s.id === 1 });
  const drop = calls.ipc.get(SHELL_CHANNELS.importDroppedPaths)!;
  const dir = tempDir();
  fs.copyFileSync(path.join(SAMPLE_CORPUS, '002_8c61eab635a33c70.txt'), path.join(dir, 'story.txt'));

  const ok = await drop(fromWindow, [path.join(dir, 'story.txt'), '/dev/zero']);
  assert.equal(ok.ok, true, JSON.stringify(ok));
  const job = await importJobsFor(core.library.db).settled(ok.value.jobId);
  assert.equal(job.total, 1, 'the device was left out');
  assert.equal(job.results[0]!.status, 'imported');

  const devices = await drop(fromWindow, ['/dev/zero', '/proc/self/environ']);
  assert.equal(devices.error.code, 'INVALID_INPUT');
  assert.match(devices.error.message, /system folder/);
  assert.equal((await drop(fromWindow, 'not a list')).error.code, 'INVALID_INPUT');
  assert.equal((await drop(fromWindow, [])).error.code, 'INVALID_INPUT');
  const stranger = { sender: { id: 2 }, senderFrame: { url: 'app://parallax/index.html', parent: null } };
  assert.equal((await drop(stranger, [dir])).error.code, 'UNAUTHORIZED');
  const framed = { sender: webContents, senderFrame: { url: 'https://evil.example/', parent: {} } };
  assert.equal((await drop(framed, [dir])).error.code, 'UNAUTHORIZED');
  shell.dispose();
  core.close();
});
