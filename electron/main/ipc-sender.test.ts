import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTrustedIpcSender } from './ipc-sender';

const trusted = { frameUrl: 'app://parallax/index.html', isMainFrame: true, fromOwnWindow: true };

test('our window, top frame, our origin: trusted', () => {
  assert.equal(isTrustedIpcSender(trusted), true);
});

test('any missing condition is refused', () => {
  assert.equal(isTrustedIpcSender({ ...trusted, fromOwnWindow: false }), false);
  assert.equal(isTrustedIpcSender({ ...trusted, isMainFrame: false }), false);
  assert.equal(isTrustedIpcSender({ ...trusted, frameUrl: undefined }), false);
  assert.equal(isTrustedIpcSender({ ...trusted, frameUrl: '' }), false);
  for (const frameUrl of [
    'https://evil.com/',
    'file:///work/main/dist/renderer/index.html',
    'app://parallax.evil.com/',
    'app://evil/?app://parallax/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
  ]) {
    assert.equal(isTrustedIpcSender({ ...trusted, frameUrl }), false, frameUrl);
  }
});
