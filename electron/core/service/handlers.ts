// One table of handlers shared by every process boundary (Electron IPC and HTTP): parse the
// input with the contract's schema, call the service, and answer with a Result value.
import { apiInputs, apiMethodNames, type ApiMethod, type ReaderApi } from '../../../shared/api';
import { toApiError, type Result } from '../../../shared/errors';

export type Handler = (rawInput: unknown) => Promise<Result<unknown>>;
export type HandlerTable = Record<ApiMethod, Handler>;

export function createHandlers(api: ReaderApi, onError?: (err: unknown) => void): HandlerTable {
  const table = {} as HandlerTable;
  for (const method of apiMethodNames) {
    table[method] = async (rawInput) => {
      const parsed = apiInputs[method].safeParse(rawInput ?? {});
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length ? ` (${first.path.join('.')})` : '';
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}${where}: ${first?.message ?? 'malformed'}` },
        };
      }
      try {
        const call = api[method] as (input: unknown) => Promise<unknown>;
        return { ok: true, value: await call(parsed.data) };
      } catch (err) {
        const error = toApiError(err);
        if (error.code === 'INTERNAL') onError?.(err);
        return { ok: false, error };
      }
    };
  }
  return table;
}

export function isApiMethod(name: string): name is ApiMethod {
  return (apiMethodNames as string[]).includes(name);
}
