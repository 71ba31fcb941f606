// Playwright fixtures: each test gets its own fresh library folder and its own `parallax serve`
// (the real CLI on the real core), and a page that is signed in with the printed token and ready.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

export const ROOT = path.resolve(__dirname, '..');
export const SCREENSHOTS = path.join(__dirname, 'output', 'screenshots');

export interface ServedApp {
  url: string;
  origin: string;
  libraryDir: string;
  process: ChildProcess;
}

export async function serveLibrary(libraryDir: string, extraArgs: string[] = []): Promise<ServedApp> {
  const child = spawn(process.execPath, [path.join(ROOT, 'electron', 'cli', 'parallax.cjs'), 'serve', '--port', '0', '--library', libraryDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parallax serve did not start:\n${output}`)), 20_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = output.match(/serving at (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`parallax serve exited with ${code}:\n${output}`)));
  });
  return { url, origin: new URL(url).origin, libraryDir, process: child };
}

export async function openApp(page: Page, app: ServedApp): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('html[data-app-ready="true"]')).toBeAttached({ timeout: 15_000 });
}

/** Calls the reader API the way the page's own client does (same origin, same cookie), from inside the page. */
export async function callApi<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const answer = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!answer.ok) throw new Error(answer.error?.message);
      return answer.value;
    },
    { method, input },
  ) as Promise<T>;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

export const test = base.extend<{ app: ServedApp }>({
  app: async ({}, use) => {
    const libraryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
    const app = await serveLibrary(libraryDir);
    await use(app);
    app.process.kill('SIGTERM');
    await new Promise((r) => app.process.once('exit', r));
    fs.rmSync(libraryDir, { recursive: true, force: true });
  },
});

export { expect };
