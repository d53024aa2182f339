import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPaths } from '../services/data-dir';
import { browserEditionHandlers } from './browser-handlers';
import { startWebHost, type WebHost } from './server';

let host: WebHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipready-host-'));
  const staticDir = join(root, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>ShipReady</title>');
  await writeFile(join(root, 'outside.txt'), 'private');
  host = await startWebHost({
    staticDir,
    handlers: browserEditionHandlers(dataPaths(join(root, 'data')), { name: 'ShipReady', version: '9.9.9' }),
  });
});

afterAll(() => host.close());

/** A raw request, so the test controls Host and Origin exactly. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
    (resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path,
          method,
          headers: { host: `127.0.0.1:${host.port}`, ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => {
            text += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

const api = (channel: string, payload: unknown, headers: Record<string, string> = { origin: host.origin }) =>
  raw(
    `/${host.token}/api/${channel}`,
    { 'content-type': 'application/json', ...headers },
    'POST',
    JSON.stringify(payload),
  );

describe('web host', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\/$/);
  });

  it('serves the app with its token, with the CSP header', async () => {
    const response = await raw(`/${host.token}/`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>ShipReady</title>');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a request without the token', async () => {
    expect((await raw('/')).status).toBe(403);
    expect((await raw('/index.html')).status).toBe(403);
    expect(
      (await api('app:get-info', {}).then(() => raw('/api/app:get-info', { origin: host.origin }, 'POST')))
        .status,
    ).toBe(403);
  });

  it('refuses a wrong token, even one of the right length', async () => {
    const wrong = host.token.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await raw(`/${wrong}/`)).status).toBe(403);
    expect((await raw(`/${'x'.repeat(32)}/`)).status).toBe(403);
  });

  it('refuses a foreign Origin on pages and on the API', async () => {
    expect((await raw(`/${host.token}/`, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await raw(`/${host.token}/`, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
    expect((await api('app:get-info', {}, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('app:get-info', {}, { origin: 'null' })).status).toBe(403);
  });

  it('refuses API calls that carry no Origin at all', async () => {
    expect((await api('app:get-info', {}, {})).status).toBe(403);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await raw(`/${host.token}/`, { host: 'evil.example' })).status).toBe(403);
    expect((await raw(`/${host.token}/`, { host: `localhost:${host.port}` })).status).toBe(403);
  });

  it('answers the DesktopApi over POST from its own origin', async () => {
    const response = await api('app:get-info', {});
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { version: '9.9.9', edition: 'browser' },
    });
  });

  it('names the problem for unknown channels, bad JSON and bad payloads', async () => {
    expect(JSON.parse((await api('app:format-disk', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    const badJson = await raw(`/${host.token}/api/app:get-info`, { origin: host.origin }, 'POST', '{nope');
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-json' } });
    const badPayload = JSON.parse((await api('files:save-file', { suggestedName: 'x.json' })).body);
    expect(badPayload).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(badPayload.error.message).toContain('content');
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/..%2foutside.txt',
      '/assets/..%2f..%2foutside.txt',
    ]) {
      const response = await raw(`/${host.token}${path}`);
      expect(response.status).not.toBe(200);
      expect(response.body).not.toContain('private');
    }
  });

  it('refuses GET on the API and unknown methods on pages', async () => {
    expect((await raw(`/${host.token}/api/app:get-info`, { origin: host.origin })).status).toBe(405);
    expect((await raw(`/${host.token}/`, {}, 'DELETE')).status).toBe(405);
  });

  it('keeps answering after a page goes away mid-upload, and writes nothing for it', async () => {
    const closedOnServer = new Promise<void>((resolve) =>
      host.server.once('connection', (socket) => socket.once('close', () => resolve())),
    );
    const socket = connect(host.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const body = JSON.stringify({ reason: 'manual', content: `{"a":"${'x'.repeat(100_000)}"}` });
    socket.write(
      `POST /${host.token}/api/backups:write-backup HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n` +
        `Origin: ${host.origin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    socket.write(body.slice(0, 40_000), () => socket.resetAndDestroy());
    await closedOnServer;
    const after = await api('backups:list-backups', {});
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toEqual({ ok: true, value: [] });
    const backupsDir = join(root, 'data', 'backups');
    const files = await readdir(backupsDir).catch(() => []);
    expect(files).toEqual([]);
  });
});
