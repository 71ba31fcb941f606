// Decides whether an IPC call may reach the core: it must come from the top frame of our own
// window while that frame shows our own origin. Pure; ipc.ts feeds it the facts from Electron.
import { isAppUrl } from './app-origin';

export interface IpcSenderFacts {
  /** URL of the frame that sent the message; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** True when the sending frame is the top-level frame (no parent). */
  isMainFrame: boolean;
  /** True when the sending WebContents belongs to the app's own window. */
  fromOwnWindow: boolean;
}

export function isTrustedIpcSender(facts: IpcSenderFacts): boolean {
  return facts.fromOwnWindow && facts.isMainFrame && isAppUrl(facts.frameUrl);
}
