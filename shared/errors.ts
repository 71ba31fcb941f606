// Errors are values with a stable code and a human message, shown as such in the UI and CLI.
// Every transport (direct, IPC, HTTP) carries them in the same shape.
import { z } from 'zod';

export const ErrorCode = z.enum([
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNSUPPORTED_FORMAT',
  'NOT_AN_ARTICLE',
  'FILE_TOO_LARGE',
  'DECODE_FAILED',
  'READ_FAILED',
  'LIBRARY_ERROR',
  'UNAUTHORIZED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ code: ErrorCode, message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

/** Thrown inside the core and by the renderer's client; carried across processes as ApiError. */
export class ParallaxError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ParallaxError';
    this.code = code;
  }
  toJSON(): ApiError {
    return { code: this.code, message: this.message };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function toApiError(err: unknown): ApiError {
  if (err instanceof ParallaxError) return err.toJSON();
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const parsed = ApiError.safeParse(err);
    if (parsed.success) return parsed.data;
  }
  return { code: 'INTERNAL', message: 'Something went wrong inside Parallax. The library was not changed.' };
}
