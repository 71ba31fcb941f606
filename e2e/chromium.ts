// Tests drive the machine's own Chromium (Debian's /usr/bin/chromium); Playwright never downloads one.
import fs from 'node:fs';

const CANDIDATES = [process.env.PARALLAX_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumPath = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
