import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../../../shared/contract';
import type { AppContext } from '../app';
import { backupFileName, makeBackup, restoreBackup } from '../backup';

type BackupHandlers = Pick<Handlers, 'backup:make' | 'backup:restore'>;

/** The settings page's backup buttons: the zip goes to the UI as a download, a chosen one comes back to be unpacked. */
export function backupHandlers(app: AppContext): BackupHandlers {
  const scratch = () => fs.mkdtemp(path.join(os.tmpdir(), 'masternetwerk-backup-'));
  return {
    async 'backup:make'() {
      const dir = await scratch();
      try {
        const fileName = backupFileName(app.records.now());
        const made = await makeBackup(app, path.join(dir, fileName), app.records.now());
        return { fileName, dataBase64: (await fs.readFile(made.file)).toString('base64'), files: made.files, bytes: made.bytes };
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
    async 'backup:restore'({ dataBase64, targetDir }) {
      const dir = await scratch();
      try {
        const file = path.join(dir, 'backup.zip');
        await fs.writeFile(file, Buffer.from(dataBase64, 'base64'));
        return await restoreBackup(file, targetDir, app.dataDir);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
    },
  };
}
