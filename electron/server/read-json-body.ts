// Reads a request's JSON body with a size limit, so a huge or endless request can't exhaust memory.
import type { IncomingMessage } from 'node:http';
import { ParallaxError } from '../../shared/errors';

export const MAX_BODY_BYTES = 80 * 1024 * 1024;

export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new ParallaxError('FILE_TOO_LARGE', `request larger than the ${Math.round(limit / 1024 / 1024)} MB limit`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new ParallaxError('FILE_TOO_LARGE', `request larger than the ${Math.round(limit / 1024 / 1024)} MB limit`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new ParallaxError('INVALID_INPUT', 'request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}
