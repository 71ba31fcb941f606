import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ariaKeyShortcut, matchesShortcut, shortcutKeys } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

test('mod means Ctrl off a Mac and ⌘ on one', () => {
  assert.ok(matchesShortcut(key('k', { ctrlKey: true }), { key: 'k', mod: true }, false));
  assert.ok(!matchesShortcut(key('k', { metaKey: true }), { key: 'k', mod: true }, false));
  assert.ok(matchesShortcut(key('K', { metaKey: true }), { key: 'k', mod: true }, true));
  assert.ok(!matchesShortcut(key('k', { ctrlKey: true, altKey: true }), { key: 'k', mod: true }, false));
});

test('Shift must match for letters and arrows, not for punctuation it produces', () => {
  assert.ok(!matchesShortcut(key('ArrowLeft', { ctrlKey: true, altKey: true, shiftKey: true }), { key: 'ArrowLeft', mod: true, alt: true }, false));
  assert.ok(matchesShortcut(key('/', { shiftKey: true }), { key: '/' }, false));
});

test('hints and aria-keyshortcuts name the keys', () => {
  assert.deepEqual(shortcutKeys({ key: 'ArrowRight', mod: true, alt: true }, false), ['Ctrl', 'Alt', '→']);
  assert.deepEqual(shortcutKeys({ key: 'k', mod: true }, true), ['⌘', 'K']);
  assert.equal(ariaKeyShortcut({ key: 'k', mod: true }, false), 'Control+K');
});
