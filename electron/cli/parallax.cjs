#!/usr/bin/env node
// Entry of the `parallax` command: runs the compiled CLI (built by `npm install` / `npm run build`).
const fs = require('node:fs');
const path = require('node:path');

const compiled = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli', 'main.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write('parallax: not built yet. Run "npm install" (or "npm run build") in ' + path.resolve(__dirname, '..', '..') + ' first.\n');
  process.exit(1);
}
require(compiled)
  .runCli(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
