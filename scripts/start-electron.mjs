#!/usr/bin/env node
// `npm start` after the build: finds (or fetches) the Electron runtime, makes sure a better-sqlite3
// build for Electron's ABI exists beside the Node one, then runs the app. Failures are one line.
//
//   node scripts/start-electron.mjs [--prepare-only] [-- <args for the app>]
//
// --prepare-only stops after the two checks and prints the native module's path (for CI / e2e).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const BROWSER_HINT = 'Run the same app in your browser instead: npx parallax serve';
const DOWNLOAD_TIMEOUT_MS = 90_000;
const PREBUILT_TIMEOUT_MS = 120_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;
/** Slow steps announce themselves only after this long, so a fast failure stays one line. */
const NOTICE_DELAY_MS = 10_000;
const OFFLINE_PATTERN =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|getaddrinfo|socket hang up|UND_ERR_CONNECT|network/i;

class StartError extends Error {}

try {
  await main(process.argv.slice(2));
} catch (err) {
  const message = err instanceof StartError ? err.message : `Parallax: could not start (${oneLine(String(err?.message ?? err))}).`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(argv) {
  const prepareOnly = argv.includes('--prepare-only');
  const separator = argv.indexOf('--');
  const appArgs = separator === -1 ? [] : argv.slice(separator + 1);

  const electron = await ensureElectron();
  const binding = await ensureNativeBinding(electron.version);
  if (prepareOnly) {
    process.stdout.write(`${binding}\n`);
    return;
  }
  for (const built of ['dist/electron/main/main.js', 'dist/electron/preload/preload.js', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, built))) {
      throw new StartError(`Parallax: ${built} is missing; run "npm run build" first.`);
    }
  }
  await launch(electron.binary, binding, appArgs);
}

// ---- (a) the Electron runtime ---------------------------------------------------------------

async function ensureElectron() {
  let electronDir;
  try {
    electronDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    throw new StartError('Parallax: the electron package is not installed; run "npm install" first.');
  }
  const { version } = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8'));
  let binary = findElectronBinary(electronDir);
  if (binary) return { binary, version };

  // The same download `require('electron')` would start, but quiet, bounded and judged by us.
  const run = await runQuietly(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
    notice: `Parallax: downloading the Electron ${version} runtime (first start only)…`,
  });
  binary = findElectronBinary(electronDir);
  if (binary) return { binary, version };
  const why =
    run.timedOut || OFFLINE_PATTERN.test(run.output) ? 'this machine looks offline' : firstErrorLine(run.output);
  throw new StartError(`Parallax: the Electron runtime could not be downloaded (${why}). ${BROWSER_HINT}`);
}

/** Mirrors node_modules/electron/index.js without its side effect of downloading. */
function findElectronBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return fs.existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronDir, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

// ---- (b) better-sqlite3 for Electron's ABI ----------------------------------------------------

async function ensureNativeBinding(electronVersion) {
  const targetDir = path.join(root, '.electron-native', `${electronVersion}-${process.platform}-${process.arch}`);
  const target = path.join(targetDir, 'better_sqlite3.node');
  if (fs.existsSync(target)) return target;

  let sourceDir;
  try {
    sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    throw new StartError('Parallax: the better-sqlite3 package is not installed; run "npm install" first.');
  }
  // Build in a copy so the Node build in node_modules (used by npm test) is never touched.
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-sqlite-electron-'));
  const logFile = path.join(root, '.electron-native', `build-${electronVersion}-${process.platform}-${process.arch}.log`);
  try {
    const buildDir = path.join(sourceDir, 'build');
    fs.cpSync(sourceDir, workDir, {
      recursive: true,
      filter: (src) => src !== buildDir && !src.startsWith(buildDir + path.sep),
    });
    const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    const env = childEnvWithoutNpmTargetConfig();
    const notice = `Parallax: preparing the SQLite module for Electron ${electronVersion} (first start only)…`;

    const prebuilt = await runQuietly(
      process.execPath,
      [resolveBin('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--platform', process.platform],
      { cwd: workDir, env, timeoutMs: PREBUILT_TIMEOUT_MS, notice },
    );
    let compiled = null;
    if (!(prebuilt.ok && fs.existsSync(built))) {
      const nodeGyp = findNodeGyp();
      compiled = nodeGyp
        ? await runQuietly(
            process.execPath,
            [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
            { cwd: workDir, env, timeoutMs: COMPILE_TIMEOUT_MS, notice: `Parallax: compiling the SQLite module for Electron ${electronVersion} (a few minutes)…` },
          )
        : { ok: false, timedOut: false, output: 'node-gyp not found' };
    }
    if (!fs.existsSync(built) || (compiled && !compiled.ok)) {
      fs.mkdirSync(path.dirname(logFile), { recursive: true });
      fs.writeFileSync(logFile, `# prebuild-install\n${prebuilt.output}\n# node-gyp\n${compiled?.output ?? ''}\n`);
      const why = [prebuilt, compiled].some((r) => r && (r.timedOut || OFFLINE_PATTERN.test(r.output)))
        ? 'no prebuilt download and no Electron headers: this machine looks offline'
        : firstErrorLine(compiled?.output || prebuilt.output);
      throw new StartError(
        `Parallax: could not build better-sqlite3 for Electron ${electronVersion} (${why}; log: ${path.relative(root, logFile)}). ${BROWSER_HINT}`,
      );
    }
    fs.mkdirSync(targetDir, { recursive: true });
    const partial = `${target}.partial-${process.pid}`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target); // never leave a half-copied module where the app looks
    return target;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function resolveBin(request) {
  try {
    return require.resolve(request);
  } catch {
    return request; // reported as a failed step, then node-gyp is tried
  }
}

/** node-gyp from the project, else the copy npm ships with (found the way npm itself would). */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a project dependency
  }
  if (process.env.npm_execpath) {
    candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  }
  const nodeDir = path.dirname(process.execPath);
  candidates.push(
    path.join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  );
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}

/** npm passes its config as npm_config_* variables; a `nodedir` or `target` there would silently
 *  build against Node's headers instead of Electron's. */
function childEnvWithoutNpmTargetConfig() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|target_arch|build_from_source)$/i.test(key)) {
      delete env[key];
    }
  }
  return env;
}

// ---- (c) running the app ------------------------------------------------------------------------

function launch(binary, binding, appArgs) {
  const env = { ...process.env, PARALLAX_SQLITE_BINDING: binding };
  delete env.ELECTRON_RUN_AS_NODE; // set by some terminals/IDEs; would run Electron as plain Node
  // The project folder (not main.js) so Electron reads package.json: its "main", name and version.
  const child = spawn(binary, [root, ...appArgs], { cwd: root, env, stdio: 'inherit', windowsHide: false });

  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of forwarded) process.on(signal, forward);

  return new Promise((resolve, reject) => {
    child.on('error', (err) => reject(new StartError(`Parallax: could not run Electron at ${binary} (${err.message}).`)));
    child.on('exit', (code, signal) => {
      for (const s of forwarded) process.off(s, forward);
      if (signal) {
        process.kill(process.pid, signal); // end the same way the app did
        return;
      }
      process.exitCode = code ?? 1;
      resolve();
    });
  });
}

// ---- helpers --------------------------------------------------------------------------------------

/** Runs a command with its output captured (last 256 KB) and a time limit; never throws. */
function runQuietly(command, args, { cwd, env = process.env, timeoutMs, notice }) {
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const keep = (chunk) => {
      output = (output + chunk).slice(-256 * 1024);
    };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const noticeTimer = notice ? setTimeout(() => process.stderr.write(`${notice}\n`), NOTICE_DELAY_MS) : null;
    const killTimer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const finish = (ok, extra = '') => {
      clearTimeout(killTimer);
      if (noticeTimer) clearTimeout(noticeTimer);
      resolve({ ok, timedOut, output: output + extra });
    };
    child.on('error', (err) => finish(false, `\n${err.message}`));
    child.on('close', (code) => finish(code === 0 && !timedOut));
  });
}

function firstErrorLine(output) {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /error|fail|not found|denied/i.test(l) && !/^\s*at /.test(l)) ?? lines[0];
  return line ? oneLine(line).slice(0, 200) : 'no details';
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}
