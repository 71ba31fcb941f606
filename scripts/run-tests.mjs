#!/usr/bin/env node
// `npm test`: build, type-check, run the Node tests of the core and the Playwright end-to-end
// tests, then print one summary line ("tests: N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
fs.mkdirSync('e2e/output', { recursive: true });

function run(label, cmd, args, opts = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8' });
  if (opts.capture) process.stdout.write(r.stdout ?? '');
  if (r.status !== 0) console.error(`=== ${label} failed (exit ${r.status ?? r.signal})`);
  return r;
}

function findTests(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findTests(p));
    else if (e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

if (run('build', 'npm', ['run', 'build']).status !== 0) broken = true;
if (!broken && !only && run('typecheck', 'npm', ['run', 'typecheck']).status !== 0) broken = true;
if (!broken && !only && run('lint (layer boundaries)', 'npm', ['run', 'lint']).status !== 0) broken = true;
if (!broken && !only && run('Electron security scan (Electronegativity)', process.execPath, ['scripts/electronegativity.mjs']).status !== 0) broken = true;

if (!broken && only !== 'e2e') {
  const files = [...findTests('electron'), ...findTests('shared'), ...findTests('renderer')].map((f) => path.relative(root, f)).sort();
  const unit = run('unit and integration tests (Node)', process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', '--test-reporter-destination=e2e/output/unit.tap', ...files]);
  const tap = fs.existsSync('e2e/output/unit.tap') ? fs.readFileSync('e2e/output/unit.tap', 'utf8') : '';
  const num = (name) => Number((tap.match(new RegExp(`^# ${name} (\\d+)`, 'm')) ?? [])[1] ?? 0);
  totals.passed += num('pass');
  totals.failed += num('fail') + num('cancelled');
  totals.skipped += num('skipped');
  if (unit.status !== 0 && num('fail') === 0) totals.failed += 1;
}

if (!broken && only !== 'unit') {

  for (const [label, config, results] of [
    ['end-to-end tests in Chromium (parallax serve)', 'e2e/playwright.config.ts', 'e2e/output/browser-results.json'],
    ['end-to-end test in Electron', 'e2e/electron.config.ts', 'e2e/output/electron-results.json'],
  ]) {
    if (!fs.existsSync(config)) continue;
    if (config.includes('electron') && electronBinaryPresent()) {
      // Where Electron exists, build better-sqlite3 for its ABI first so the spec runs, not skips.
      run('prepare Electron native modules', process.execPath, ['scripts/start-electron.mjs', '--prepare-only']);
    }
    fs.rmSync(results, { force: true });
    const r = run(label, npx, ['playwright', 'test', '-c', config]);
    if (fs.existsSync(results)) {
      const stats = JSON.parse(fs.readFileSync(results, 'utf8')).stats;
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected;
      totals.skipped += stats.skipped;
      for (const reason of skipReasons(JSON.parse(fs.readFileSync(results, 'utf8')))) console.log(`=== skipped, not passed: ${reason}`);
    } else if (r.status !== 0) totals.failed += 1;
  }
}

function electronBinaryPresent() {
  const pathFile = 'node_modules/electron/path.txt';
  if (!fs.existsSync(pathFile)) return false;
  return fs.existsSync(path.join('node_modules/electron/dist', fs.readFileSync(pathFile, 'utf8').trim()));
}

/** The distinct reasons Playwright recorded for skipped tests (e.g. no Electron binary here). */
function skipReasons(report) {
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) for (const t of spec.tests ?? []) {
      if (t.status !== 'skipped') continue;
      for (const a of t.annotations ?? []) if (a.type === 'skip' && a.description) reasons.add(a.description);
    }
    for (const s of suite.suites ?? []) visit(s);
  };
  for (const s of report.suites ?? []) visit(s);
  return [...reasons];
}

if (broken) totals.failed += 1;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
