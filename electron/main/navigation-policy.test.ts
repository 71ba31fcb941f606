import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { decideNavigation, externalUrlToOpen } from './navigation-policy';

test('our own origin is recognised by its parsed parts', () => {
  assert.equal(isAppUrl(APP_ENTRY_URL), true);
  assert.equal(isAppUrl('app://parallax/'), true);
  assert.equal(isAppUrl('app://parallax/assets/index-abc.js?x=1#y'), true);
  assert.equal(isAppUrl('APP://PARALLAX/index.html'), true);
});

test('look-alikes of our origin are refused', () => {
  for (const url of [
    'app://parallax.evil.com/',
    'app://parallax@evil.com/',
    'app://user:pw@parallax/',
    'app://parallax:8080/',
    'app://evil/#app://parallax/',
    'https://evil.com/?app://parallax/',
    'https://parallax/',
    'file:///app://parallax/',
    'app:parallax/index.html',
    'javascript:alert(1)//app://parallax/',
    'not a url',
    '',
  ]) {
    assert.equal(isAppUrl(url), false, url);
  }
  assert.equal(isAppUrl(undefined), false);
  assert.equal(isAppUrl(null), false);
});

test('only plain http(s) links may open in the browser, normalized', () => {
  assert.equal(externalUrlToOpen('https://example.com/a b?q=1'), 'https://example.com/a%20b?q=1');
  assert.equal(externalUrlToOpen('HTTP://Example.COM'), 'http://example.com/');
  assert.equal(externalUrlToOpen('  https://example.com/  '), 'https://example.com/');
  for (const url of [
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'app://parallax/index.html',
    'https://user:pw@example.com/',
    'https://user@example.com/',
    'javascript://https://example.com/%0aalert(1)',
    'xhttps://example.com',
    'https:',
    `https://example.com/${'a'.repeat(9000)}`,
    '',
  ]) {
    assert.equal(externalUrlToOpen(url), null, url);
  }
  assert.equal(externalUrlToOpen(undefined), null);
});

test('navigation stays inside the app; web links go to the browser; anything else nowhere', () => {
  assert.deepEqual(decideNavigation('app://parallax/index.html'), { allow: true });
  assert.deepEqual(decideNavigation('https://example.com/story'), {
    allow: false,
    openExternally: 'https://example.com/story',
  });
  assert.deepEqual(decideNavigation('file:///etc/hosts'), { allow: false, openExternally: null });
  assert.deepEqual(decideNavigation('chrome://gpu'), { allow: false, openExternally: null });
  assert.deepEqual(decideNavigation('about:blank'), { allow: false, openExternally: null });
});
