// Builds the React renderer into dist/renderer, which both the Electron shell and `parallax serve`
// load from disk or HTTP; relative asset URLs (base './') make the same bundle work for both.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // The CSP forbids inline scripts; keep Vite from inlining its module preload helper.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
