#!/usr/bin/env node
// Runs Electronegativity (Doyensec's Electron security scanner) over the built shell and UI and
// fails on any HIGH-severity finding. Offline: the Electron version is given, the online
// "available security fixes" check is skipped. Findings go to e2e/output/electronegativity.csv.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const out = path.join(root, 'e2e', 'output', 'electronegativity.csv');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true });

const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const r = spawnSync(bin, ['-i', path.join(root, 'dist'), '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-o', out], {
  encoding: 'utf8',
  timeout: 300_000,
});
if (!fs.existsSync(out)) {
  console.error(`electronegativity produced no report (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
const rows = fs.readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean);
const findings = rows.map((line) => {
  const [issue, severity, confidence, file, location] = line.split(',').map((c) => c.replace(/^"|"$/g, ''));
  return { issue, severity, confidence, file, location };
});
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.issue}  ${f.file}:${f.location}`);
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
console.log(`electronegativity: ${findings.length} findings, ${high.length} high-severity (Electron ${electronVersion})`);
process.exit(high.length ? 1 : 0);
