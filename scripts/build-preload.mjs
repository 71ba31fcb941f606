#!/usr/bin/env node
// Bundles the sandboxed preload into one CommonJS file (sandboxed preloads can require only
// `electron` and a few built-ins, not relative files). Runs after tsc and replaces its output.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload/preload.js',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
    metafile: true,
  });
  // The preload must stay tiny and zod-free: only the method names may come from shared/.
  const inputs = Object.keys(result.metafile.inputs);
  const unexpected = inputs.filter((file) => !/^(electron\/preload\/|shared\/api-methods\.ts$)/.test(file));
  if (unexpected.length > 0) {
    console.error(`build-preload: the preload pulled in more than it should: ${unexpected.join(', ')}`);
    process.exit(1);
  }
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}
