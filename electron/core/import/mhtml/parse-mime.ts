// A small MIME reader for saved web pages (MHTML): headers, multipart bodies split on their boundary,
// and quoted-printable or base64 parts decoded back to bytes. Only what MHTML writers produce.
export interface MimePart {
  /** Header names lower-cased; folded lines unfolded. */
  headers: Map<string, string>;
  /** The body after the transfer encoding is undone. */
  body: Buffer;
}

const MAX_PARTS = 10_000;
const MAX_DEPTH = 8;

export function parseMimeMessage(bytes: Uint8Array): { headers: Map<string, string>; parts: MimePart[] } {
  // latin1 maps each byte to one char and back, so structure can be found with string search and
  // 8-bit bodies survive untouched.
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headers, body } = splitHeaders(raw);
  const parts: MimePart[] = [];
  collectParts(headers, body, parts, 0);
  return { headers, parts };
}

function collectParts(headers: Map<string, string>, body: string, out: MimePart[], depth: number): void {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = headerParam(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary || depth >= MAX_DEPTH) {
    if (out.length < MAX_PARTS) out.push({ headers, body: decodeTransfer(body, headers.get('content-transfer-encoding')) });
    return;
  }
  for (const chunk of splitMultipart(body, boundary)) {
    if (out.length >= MAX_PARTS) return;
    const part = splitHeaders(chunk);
    collectParts(part.headers, part.body, out, depth + 1);
  }
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks: string[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const afterDelimiter = at + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break; // closing delimiter
    const start = body.indexOf('\n', afterDelimiter);
    if (start === -1) break;
    const next = body.indexOf(`\n${delimiter}`, start);
    const end = next === -1 ? body.length : next;
    chunks.push(body.slice(start + 1, end).replace(/\r$/, ''));
    at = next === -1 ? -1 : next + 1;
  }
  return chunks;
}

/** A parameter of a structured header: `text/html; charset="utf-8"` → charset = utf-8. */
export function headerParam(value: string, name: string): string | null {
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function decodeTransfer(body: string, encoding: string | undefined): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (enc === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

export function decodeQuotedPrintable(body: string): Buffer {
  const unfolded = body.replace(/[ \t]*=\r?\n/g, ''); // soft line breaks
  const out = Buffer.alloc(unfolded.length);
  let n = 0;
  for (let i = 0; i < unfolded.length; i++) {
    const c = unfolded.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(unfolded.slice(i + 1, i + 3))) {
      out[n++] = parseInt(unfolded.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}
