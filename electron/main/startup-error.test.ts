import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ParallaxError } from '../../shared/errors';
import { describeStartupError } from './startup-error';

test("shows the core's message and the folder, without a stack", () => {
  const err = new ParallaxError('LIBRARY_ERROR', '/x/library.sqlite is not a Parallax library (not an SQLite database).');
  const text = describeStartupError(err, '/x');
  assert.match(text, /^\/x\/library\.sqlite is not a Parallax library/);
  assert.match(text, /Library folder: \/x/);
  assert.doesNotMatch(text, /\bat .*:\d+:\d+/);
});

test('copes with errors that are not Errors', () => {
  assert.match(describeStartupError('disk full', '/x'), /^disk full/);
  assert.match(describeStartupError(undefined, '/x'), /^An unknown error occurred\./);
  assert.match(describeStartupError(new Error('   '), '/x'), /^An unknown error occurred\./);
});
