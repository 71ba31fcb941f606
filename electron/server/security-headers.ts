// Headers every response of `parallax serve` carries: a strict CSP (no inline or remote script,
// no remote anything), no sniffing, no framing, no referrer.
import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../core/app/renderer-assets';


export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
