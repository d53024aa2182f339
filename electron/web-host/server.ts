// The browser edition's host: a loopback-only HTTP server that serves the renderer and the DesktopApi.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxFileChars } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';
import { fail } from '../../shared/result';
import { contentSecurityPolicy } from '../../shared/security/csp';
import type { DesktopHandlers } from '../services/desktop-handlers';
import { dispatch, isChannel } from '../services/dispatch';
import { checkRequest } from './request-guard';
import { readStaticFile } from './static-files';

export interface WebHostOptions {
  staticDir: string;
  handlers: DesktopHandlers;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Extra folders served under `/<token>/<prefix>/`; the bench mounts its seeding page this way. */
  mounts?: Record<string, string>;
  log?: (message: string) => void;
}

export interface WebHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

const maxBodyBytes = maxFileChars * 2 + 1024 * 1024;

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string>,
) {
  response.writeHead(status, { ...securityHeaders, ...headers });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `llm:start` answers as a stream of JSON lines: first its Result, then each event of that request until
 * its `done` or `error`. A client that goes away cancels the request.
 */
async function streamLlm(options: WebHostOptions, request: IncomingMessage, response: ServerResponse) {
  const body = await readBody(request);
  let payload: unknown;
  try {
    payload = body ? JSON.parse(body) : {};
  } catch {
    payload = undefined;
  }
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  let requestId: string | undefined;
  // Events wait until the Result line is out, so the page always reads the request id first.
  let pending: LlmEvent[] | null = [];
  const finished = new Promise<void>((resolve) => {
    const write = (event: LlmEvent) => {
      if (response.writableEnded) return;
      response.write(`${JSON.stringify(event)}\n`);
      if (event.type !== 'delta') resolve();
    };
    const emit = (event: LlmEvent) => (pending ? pending.push(event) : write(event));
    void dispatch(options.handlers, 'llm:start', payload, options.log, { emit }).then((result) => {
      response.write(`${JSON.stringify(result)}\n`);
      const queued = pending ?? [];
      pending = null;
      if (!result.ok) return resolve();
      requestId = result.value.requestId;
      for (const event of queued) write(event);
    });
  });
  response.on('close', () => {
    if (!response.writableEnded && requestId)
      void options.handlers['llm:cancel']({ requestId }, { emit: () => {} });
  });
  await finished;
  response.end();
}

async function answerApi(options: WebHostOptions, channel: string, request: IncomingMessage) {
  if (!isChannel(channel)) return fail('unknown-channel', `There is no desktop call named ${channel}.`);
  const body = await readBody(request);
  if (body === null) return fail('too-large', 'The request is larger than the 128 MB the host accepts.');
  let payload: unknown;
  try {
    payload = body === '' ? {} : JSON.parse(body);
  } catch {
    return fail('invalid-json', 'The request body is not valid JSON.');
  }
  return dispatch(options.handlers, channel, payload, options.log);
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer(async (request, response) => {
    const verdict = checkRequest(request, token, port);
    if (!verdict.allowed || verdict.path === undefined) {
      send(response, verdict.status ?? 403, `Refused: ${verdict.reason}`, { 'Content-Type': 'text/plain' });
      return;
    }
    const path = verdict.path;
    if (path === '/api/llm:start') {
      await streamLlm(options, request, response);
      return;
    }
    if (path.startsWith('/api/')) {
      const result = await answerApi(options, path.slice('/api/'.length), request);
      send(response, 200, JSON.stringify(result), {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      return;
    }
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => path.startsWith(`/${prefix}/`));
    const file = mount
      ? await readStaticFile(mount[1], path.slice(mount[0].length + 2))
      : await readStaticFile(options.staticDir, path.slice(1));
    if (!file) {
      send(response, 404, 'Not found', { 'Content-Type': 'text/plain' });
      return;
    }
    send(response, 200, request.method === 'HEAD' ? '' : file.body, {
      'Content-Type': file.contentType,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/${token}/`,
    origin,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
