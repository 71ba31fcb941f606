// The sandboxed preload: exposes `window.parallax`, one function per API method that forwards its
// input over IPC and resolves with the core's Result. Nothing else, never ipcRenderer itself.
// Bundled by scripts/build-preload.mjs (sandboxed preloads cannot require relative files).
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiInput, ApiOutput } from '../../shared/api';
import { API_METHODS, PRELOAD_GLOBAL, ipcChannel, type ApiMethod } from '../../shared/api-methods';
import type { Result } from '../../shared/errors';
import { importBridge } from './import-bridge';

/** The shape of `window.parallax`: the ReaderApi with each answer wrapped in a Result. */
export type ParallaxBridge = {
  readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiOutput<M>>>;
};

function forward(method: ApiMethod) {
  const channel = ipcChannel(method);
  return (input: unknown): Promise<Result<unknown>> => ipcRenderer.invoke(channel, input);
}

// Besides the API methods, only the two named import functions of import-bridge.ts.
const bridge = Object.freeze({
  ...Object.fromEntries(API_METHODS.map((method) => [method, forward(method)])),
  importDroppedFiles: importBridge.importDroppedFiles,
  onImportStarted: importBridge.onImportStarted,
}) as ParallaxBridge & typeof importBridge;

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, bridge);
