// Answers one `app://parallax/...` request from the renderer folder with a Fetch Response.
// No `electron` import: app-protocol.ts plugs it into protocol.handle, tests call it directly.
import fs from 'node:fs/promises';
import path from 'node:path';
import { appResponseHeaders, resolveAppRequest } from './app-protocol-files';

export async function serveAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const lookup = resolveAppRequest(request.url, rendererDir, { method: request.method });
  if (lookup.kind === 'refused') return plainResponse(lookup.status, lookup.reason);

  let filePath = lookup.filePath;
  let body = await readFileOrNull(filePath);
  if (body === null && lookup.fallbackToIndex) {
    filePath = path.join(rendererDir, 'index.html');
    body = await readFileOrNull(filePath);
  }
  if (body === null) return plainResponse(404, 'Not found');

  const headers = { ...appResponseHeaders(filePath), 'Content-Length': String(body.byteLength) };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

async function readFileOrNull(filePath: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(filePath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
    throw err;
  }
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
