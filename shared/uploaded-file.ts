// Files handed over by content (browser-mode upload or drag-and-drop), base64-encoded.
import { z } from 'zod';

export const UploadedFile = z.object({
  name: z.string().min(1).max(1000),
  /** File content, base64-encoded. */
  dataBase64: z.string().max(70 * 1024 * 1024),
});
export type UploadedFile = z.infer<typeof UploadedFile>;
