// The renderer's one ReaderApi client: Electron's preload bridge when present, HTTP otherwise.
// Both transports answer with Result values; this module turns them into resolve/throw.
import type { ApiInput, ApiOutput, ReaderApi } from '../../../shared/api';
import { API_METHODS, PRELOAD_GLOBAL, httpRoute, type ApiMethod } from '../../../shared/api-methods';
import { ErrorCode, ParallaxError, type Result } from '../../../shared/errors';

type Transport = (method: ApiMethod, input: unknown) => Promise<unknown>;
type PreloadBridge = Record<ApiMethod, (input: unknown) => Promise<unknown>>;

const LOST_CONTACT =
  'Lost contact with the Parallax core. Check that Parallax is still running, then try again.';

/** Chooses the transport once, at start-up, and builds the client on it. */
export function createReaderClient(): ReaderApi {
  const bridge = findPreloadBridge();
  const transport: Transport = bridge ? (m, input) => bridge[m](input) : postJson;
  const client = {} as Record<ApiMethod, (input: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) {
    client[method] = (input) => call(transport, method, input as ApiInput<typeof method>);
  }
  return client as ReaderApi;
}

function findPreloadBridge(): PreloadBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[PRELOAD_GLOBAL];
  if (!candidate || typeof candidate !== 'object') return null;
  const bridge = candidate as Partial<PreloadBridge>;
  return API_METHODS.every((m) => typeof bridge[m] === 'function') ? (bridge as PreloadBridge) : null;
}

async function call<M extends ApiMethod>(
  transport: Transport,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  let answer: unknown;
  try {
    answer = await transport(method, input);
  } catch (err) {
    if (err instanceof ParallaxError) throw err;
    throw new ParallaxError('INTERNAL', LOST_CONTACT);
  }
  return unwrap(answer) as ApiOutput<M>;
}

async function postJson(method: ApiMethod, input: unknown): Promise<unknown> {
  const response = await fetch(httpRoute(method), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input),
  });
  try {
    return await response.json();
  } catch {
    // A proxy page or an HTML error is not a Result; say what happened without its body.
    throw new ParallaxError('INTERNAL', `The Parallax core gave an unreadable answer (HTTP ${response.status}).`);
  }
}

function unwrap(answer: unknown): unknown {
  if (!answer || typeof answer !== 'object' || typeof (answer as { ok?: unknown }).ok !== 'boolean') {
    throw new ParallaxError('INTERNAL', 'The Parallax core gave an unreadable answer.');
  }
  const result = answer as Result<unknown>;
  if (result.ok) return result.value;
  const code = ErrorCode.safeParse(result.error?.code);
  const message = typeof result.error?.message === 'string' ? result.error.message : 'Something went wrong.';
  throw new ParallaxError(code.success ? code.data : 'INTERNAL', message);
}
