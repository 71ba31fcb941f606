// What a user reads when a call fails: the core's human message, never a stack trace.
import { ParallaxError, type ErrorCode } from '../../../shared/errors';

export interface ShownError {
  code: ErrorCode;
  message: string;
}

export function describeError(err: unknown): ShownError {
  if (err instanceof ParallaxError) return { code: err.code, message: err.message };
  return { code: 'INTERNAL', message: 'Something went wrong inside Parallax. The library was not changed.' };
}
