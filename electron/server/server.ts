// `parallax serve`: the real UI and the ReaderApi over HTTP on loopback, for any browser.
// Same handler table as Electron's IPC: POST /api/<method> with a JSON body → a Result.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toApiError, type Result } from '../../shared/errors';
import { isApiMethod, type HandlerTable } from '../core/service/handlers';
import {
  hostIsAllowed,
  newToken,
  originIsAllowed,
  tokenCookie,
  tokenFromRequest,
  tokensMatch,
} from './access-check';
import { readJsonBody } from './read-json-body';
import { setSecurityHeaders } from './security-headers';
import { readStaticFile } from './static-files';

export interface ServeOptions {
  handlers: HandlerTable;
  rendererDir: string;
  host?: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  /** The URL to open, with the one-time token. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newToken();
  let port = 0;

  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    handle(req, res).catch((err) => sendJson(res, 500, { ok: false, error: toApiError(err) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostIsAllowed(req, port)) return sendText(res, 421, 'Parallax only answers requests addressed to 127.0.0.1 or localhost.');
    if (!originIsAllowed(req, port)) return sendJson(res, 403, failure('UNAUTHORIZED', 'Requests from other origins are refused.'));
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (url.pathname.startsWith('/api/')) {
      if (!tokensMatch(tokenFromRequest(req), token)) {
        return sendJson(res, 401, failure('UNAUTHORIZED', 'Missing or wrong access token: open the URL that `parallax serve` printed.'));
      }
      if (req.method !== 'POST') return sendJson(res, 405, failure('INVALID_INPUT', 'Use POST for API calls.'));
      const method = url.pathname.slice('/api/'.length);
      if (!isApiMethod(method)) return sendJson(res, 404, failure('NOT_FOUND', `No API method "${method}".`));
      let input: unknown;
      try {
        input = await readJsonBody(req);
      } catch (err) {
        return sendJson(res, 400, { ok: false, error: toApiError(err) });
      }
      const result = await options.handlers[method](input);
      return sendJson(res, result.ok ? 200 : statusFor(result), result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.');
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!tokensMatch(given, token)) return sendText(res, 401, 'Wrong access token.');
      res.setHeader('Set-Cookie', tokenCookie(token));
      res.writeHead(303, { Location: '/' });
      res.end();
      return;
    }
    if (!tokensMatch(tokenFromRequest(req), token)) {
      return sendText(res, 401, 'Parallax: open the full URL printed by `parallax serve` (it carries a one-time access token).');
    }
    const file = readStaticFile(options.rendererDir, url.pathname);
    if (!file) return sendText(res, 404, 'Not found.');
    res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function failure(code: 'UNAUTHORIZED' | 'INVALID_INPUT' | 'NOT_FOUND', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function statusFor(result: Result<unknown>): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'NOT_FOUND':
      return 404;
    case 'INTERNAL':
    case 'LIBRARY_ERROR':
      return 500;
    default:
      return 400;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text + '\n');
}
