// Connects the core's handler table to IPC: one `ipcMain.handle` per API method, each behind the
// same sender check. Input validation and error shaping live in the handlers themselves.
import { ipcMain, type WebContents } from 'electron';
import { API_METHODS, ipcChannel } from '../../shared/api-methods';
import type { Result } from '../../shared/errors';
import type { HandlerTable } from '../core/service/handlers';
import { isTrustedIpcSender } from './ipc-sender';

const UNAUTHORIZED: Result<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'This request did not come from the Parallax window.' },
};

const INTERNAL: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside Parallax. The library was not changed.' },
};

/** Registers every method; returns a function that removes them again (used on quit). */
export function setupIpc(handlers: HandlerTable, isOwnWindow: (sender: WebContents) => boolean): () => void {
  for (const method of API_METHODS) {
    const handler = handlers[method];
    ipcMain.handle(ipcChannel(method), async (event, input: unknown): Promise<Result<unknown>> => {
      const frame = event.senderFrame;
      const trusted = isTrustedIpcSender({
        frameUrl: frame?.url,
        isMainFrame: frame !== null && frame.parent === null,
        fromOwnWindow: isOwnWindow(event.sender),
      });
      if (!trusted) {
        console.warn(`Parallax: refused ${method} from ${frame?.url ?? 'an unknown frame'}`);
        return UNAUTHORIZED;
      }
      try {
        return await handler(input);
      } catch (err) {
        // Handlers answer with Results; a throw here is a bug, reported without leaking details.
        console.error(`Parallax: ${method} failed unexpectedly:`, err);
        return INTERNAL;
      }
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(ipcChannel(method));
  };
}
