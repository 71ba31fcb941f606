#!/usr/bin/env node
// `npm install` (and `npx parallax`, which prepares the package in place) builds the app, but only
// when the build is missing or older than the sources, so running the CLI never waits for a build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outputs = ['dist/electron/cli/main.js', 'dist/electron/preload/preload.js', 'dist/renderer/index.html'].map((f) => path.join(root, f));
const sources = ['electron', 'shared', 'renderer', 'package.json', 'package-lock.json'].map((f) => path.join(root, f));

function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(p)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, name)));
  }
  return newest;
}

const oldestOutput = Math.min(...outputs.map((o) => fs.statSync(o, { throwIfNoEntry: false })?.mtimeMs ?? 0));
const newestSource = Math.max(...sources.map(newestMtime));
if (oldestOutput > newestSource) process.exit(0);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
