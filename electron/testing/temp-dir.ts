// Test helper: a fresh temporary folder per test, removed afterwards.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

export function tempDir(prefix = 'parallax-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const SAMPLE_CORPUS = path.resolve(__dirname, '..', '..', 'resources', 'sample-corpus');
