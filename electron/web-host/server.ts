// The browser edition's host: a loopback-only HTTP server that serves the renderer and the DesktopApi.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maxFileChars } from '../../shared/ipc/contract';
import type { LlmEvent } from '../../shared/llm/contract';
import { fail } from '../../shared/result';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { describeSize } from '../../shared/text/describe-size';
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

type Body = { text: string } | { refused: 'too-large' | 'aborted' };

/**
 * Reads a request body. A page that goes away mid-upload makes the stream throw `aborted`; that is the
 * client's business, never a reason for the host (and every other tab) to stop.
 */
async function readBody(request: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxBodyBytes) return { refused: 'too-large' };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { refused: 'aborted' };
  }
  return { text: Buffer.concat(chunks).toString('utf8') };
}

/**
 * `llm:start` answers as a stream of JSON lines: its Result and each event of that request, until its
 * `done` or `error`. A client that goes away cancels the request.
 */
async function streamLlm(options: WebHostOptions, request: IncomingMessage, response: ServerResponse) {
  const body = await readBody(request);
  if (!('text' in body)) return sendRefusedBody(options, response, body.refused);
  let payload: unknown;
  try {
    payload = body.text ? JSON.parse(body.text) : {};
  } catch {
    payload = undefined;
  }
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'application/x-ndjson; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  // The page chose the request id, so its events and its Result go out in the order they happen.
  const requestId =
    typeof payload === 'object' && payload !== null && 'requestId' in payload
      ? String(payload.requestId)
      : undefined;
  let answered = false;
  let ended = false;
  const finished = new Promise<void>((resolve) => {
    const emit = (event: LlmEvent) => {
      if (response.writableEnded) return;
      response.write(`${JSON.stringify(event)}\n`);
      if (event.type === 'done' || event.type === 'error') ended = true;
      if (ended && answered) resolve();
    };
    void dispatch(options.handlers, 'llm:start', payload, options.log, { emit }).then((result) => {
      if (!response.writableEnded) response.write(`${JSON.stringify(result)}\n`);
      answered = true;
      if (ended || !result.ok) resolve();
    });
  });
  response.on('close', () => {
    if (!response.writableEnded && requestId)
      void options.handlers['llm:cancel']({ requestId }, { emit: () => {} });
  });
  await finished;
  response.end();
}

const refusedBodies = {
  // 200 so the page shows this sentence rather than a bare status code.
  'too-large': {
    status: 200,
    message: `The request is larger than the ${describeSize(maxBodyBytes)} the host accepts.`,
  },
  aborted: { status: 400, message: 'The upload stopped before it finished; nothing was changed.' },
} as const;

function sendRefusedBody(
  options: WebHostOptions,
  response: ServerResponse,
  reason: keyof typeof refusedBodies,
) {
  const { status, message } = refusedBodies[reason];
  if (reason === 'aborted') options.log?.('A page went away during an upload; nothing was changed.');
  // A client that reset its connection reads nothing; answering anyway keeps the socket's state simple.
  if (response.destroyed) return;
  send(response, status, JSON.stringify(fail(reason, message)), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

async function answerApi(
  options: WebHostOptions,
  channel: string,
  request: IncomingMessage,
  response: ServerResponse,
) {
  if (!isChannel(channel)) {
    return sendJson(response, fail('unknown-channel', `There is no desktop call named ${channel}.`));
  }
  const body = await readBody(request);
  if (!('text' in body)) return sendRefusedBody(options, response, body.refused);
  let payload: unknown;
  try {
    payload = body.text === '' ? {} : JSON.parse(body.text);
  } catch {
    return sendJson(response, fail('invalid-json', 'The request body is not valid JSON.'));
  }
  sendJson(response, await dispatch(options.handlers, channel, payload, options.log));
}

function sendJson(response: ServerResponse, result: unknown) {
  send(response, 200, JSON.stringify(result), {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
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
      await answerApi(options, path.slice('/api/'.length), request, response);
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
  };
  // Whatever goes wrong in one request is answered there; the host keeps serving every other tab.
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      options.log?.(
        `${request.url?.split('/').slice(2).join('/') ?? ''} failed: ${(error as Error).message}`,
      );
      if (response.headersSent || response.destroyed) return void response.destroy();
      send(response, 500, 'The host could not answer this request.', { 'Content-Type': 'text/plain' });
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
