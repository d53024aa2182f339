// Decides whether a request may reach the app: loopback host, this launch's token, our own origin.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface GuardVerdict {
  allowed: boolean;
  status?: number;
  reason?: string;
  /** The path after `/<token>`, starting with `/`. */
  path?: string;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function checkRequest(request: IncomingMessage, token: string, port: number): GuardVerdict {
  const origin = `http://127.0.0.1:${port}`;
  // A foreign Host means DNS rebinding or a proxy: never answer it.
  if (request.headers.host !== `127.0.0.1:${port}`) {
    return { allowed: false, status: 403, reason: 'wrong host' };
  }
  const requestOrigin = request.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) {
    return { allowed: false, status: 403, reason: 'foreign origin' };
  }
  const url = request.url ?? '/';
  const pathname = url.split('?')[0] ?? '/';
  const match = /^\/([A-Za-z0-9_-]{16,128})(\/.*)?$/.exec(pathname);
  if (!match?.[1] || !sameSecret(match[1], token)) {
    return { allowed: false, status: 403, reason: 'missing or wrong token' };
  }
  const rest = match[2] ?? '';
  if (rest.startsWith('/api/')) {
    // API calls change data: they must come from our page, which always sends Origin on POST.
    if (request.method !== 'POST') return { allowed: false, status: 405, reason: 'API calls are POST' };
    if (requestOrigin !== origin) return { allowed: false, status: 403, reason: 'missing origin' };
  } else if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { allowed: false, status: 405, reason: 'method not allowed' };
  }
  return { allowed: true, path: rest === '' ? '/' : rest };
}
