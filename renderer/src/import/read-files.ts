// Reads dropped or picked files in the browser and packs them into upload batches. Large files
// are refused here with a reason, before tens of megabytes cross the wire to be refused there.
import type { UploadedFile } from '../../../shared/api';
import type { ImportItem } from '../../../shared/domain';

/** The contract caps base64 content at 70 MiB, about 52 MiB of raw bytes. */
const MAX_FILE_BYTES = 52 * 1024 * 1024;
const MAX_BATCH_BYTES = 24 * 1024 * 1024;
const MAX_BATCH_FILES = 200;

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function tooLarge(file: File): ImportItem | null {
  if (file.size <= MAX_FILE_BYTES) return null;
  const mb = Math.round(file.size / (1024 * 1024));
  return {
    file: file.name,
    status: 'rejected',
    code: 'FILE_TOO_LARGE',
    reason: `This file is ${mb} MB; Parallax imports files up to 52 MB.`,
  };
}

/** Groups files so that no single request grows past a few tens of megabytes. */
export function batchFiles(files: readonly File[]): File[][] {
  const batches: File[][] = [];
  let batch: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length && (bytes + file.size > MAX_BATCH_BYTES || batch.length >= MAX_BATCH_FILES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

export async function toUploads(files: readonly File[]): Promise<UploadedFile[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name || 'unnamed file', dataBase64: await readAsBase64(file) })));
}
