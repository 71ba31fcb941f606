// When the library cannot be opened at start-up, the user gets the core's message and a way out:
// start a new library (the old file is set aside, never deleted), open the latest backup, or quit.
import { dialog } from 'electron';
import type { Core } from '../core';
import { findBackups, restoreBackup, setAsideDatabase } from '../core/library/recover-library';
import { STARTUP_ERROR_TITLE, describeStartupError } from './startup-error';

export const WAY_OUT = {
  newLibrary: 'Start a new library',
  backup: 'Open the latest backup',
  quit: 'Quit',
} as const;

export function openLibraryOrOfferWayOut(open: () => Core, libraryDir: string): Core | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return open();
    } catch (err) {
      const backups = findBackups(libraryDir);
      const buttons: string[] = [WAY_OUT.newLibrary, ...(backups.length ? [WAY_OUT.backup] : []), WAY_OUT.quit];
      const response = dialog.showMessageBoxSync({
        type: 'error',
        title: STARTUP_ERROR_TITLE,
        message: STARTUP_ERROR_TITLE,
        detail: `${describeStartupError(err, libraryDir)}\n\n"${WAY_OUT.newLibrary}" keeps the current file next to it under a new name.`,
        buttons,
        defaultId: buttons.length - 1,
        cancelId: buttons.length - 1,
        noLink: true,
      });
      const choice = buttons[response];
      try {
        if (choice === WAY_OUT.newLibrary) setAsideDatabase(libraryDir);
        else if (choice === WAY_OUT.backup) restoreBackup(libraryDir, backups[0]!);
        else return null;
      } catch (recoveryError) {
        dialog.showErrorBox(STARTUP_ERROR_TITLE, describeStartupError(recoveryError, libraryDir));
        return null;
      }
    }
  }
  return null;
}
