import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../../testing/temp-dir';
import { validateImportPaths } from './validate-import-paths';

test('files and folders pass; missing, relative, device and system paths are refused with reasons', () => {
  const dir = tempDir();
  const file = path.join(dir, 'a.txt');
  fs.writeFileSync(file, 'text');
  const { accepted, refused } = validateImportPaths([file, dir, path.join(dir, 'gone.txt'), 'relative.txt', '/dev/zero', '/proc/self/environ', '\\\\.\\PhysicalDrive0', 'x\0y']);
  assert.deepEqual(accepted, [file, dir]);
  assert.deepEqual(
    refused.map((r) => r.reason),
    ['no such file or folder', 'not an absolute path', 'a system folder, not your files', 'a system folder, not your files', 'a device, not a file', 'not a valid path'],
  );
});
