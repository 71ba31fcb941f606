// The backup methods of the ReaderApi: the whole library as one `.parallax-backup` file handed
// over by content (browser mode downloads it), and a restore from such a file's content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReaderApi } from '../../../shared/api';
import { BACKUP_EXTENSION } from '../../../shared/backup';
import { createBackup } from '../backup/create-backup';
import { restoreBackup } from '../backup/restore-backup';
import type { Library } from '../library/library';

type BackupMethods = Pick<ReaderApi, 'backupLibrary' | 'restoreLibrary'>;

export function createBackupMethods(library: Library, options: { appVersion: string }): BackupMethods {
  const { db } = library;
  return {
    async backupLibrary() {
      return inWorkDir((dir) => {
        const now = new Date();
        const fileName = `parallax-library-${now.toISOString().slice(0, 10)}${BACKUP_EXTENSION}`;
        const file = path.join(dir, fileName);
        const manifest = createBackup(db, file, { appVersion: options.appVersion, now });
        return { fileName, dataBase64: fs.readFileSync(file).toString('base64'), manifest };
      });
    },
    async restoreLibrary({ dataBase64, force }) {
      return inWorkDir((dir) => {
        const file = path.join(dir, `upload${BACKUP_EXTENSION}`);
        fs.writeFileSync(file, Buffer.from(dataBase64, 'base64'));
        // A library that is replaced is first backed up in its own folder: nothing is lost.
        return restoreBackup(db, file, {
          force,
          shownAs: 'The chosen file',
          keepPreviousIn: path.join(library.dir, 'backups'),
          appVersion: options.appVersion,
        });
      });
    },
  };
}

function inWorkDir<T>(work: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-backup-'));
  try {
    return work(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
