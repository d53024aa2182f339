// Fault: the page goes away (tab closed, reload, network reset) halfway through sending a request body.
// The host must answer the other tabs as before and write nothing for the request that never finished.
import { mkdtemp, readdir } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleHost, type HostProcess, startHost, stopHost } from './host-process';

let bundle: string;
let host: HostProcess | undefined;

beforeAll(async () => {
  bundle = await bundleHost();
}, 60_000);
afterAll(() => stopHost(host));

it('a client that resets mid-upload leaves the host running, answering, and the data folder unchanged', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shipready-fault-upload-'));
  host = await startHost(bundle, dataDir);
  const running = host;
  const body = JSON.stringify({ reason: 'manual', content: `{"notes":"${'x'.repeat(2_000_000)}"}` });
  const socket = connect(running.port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.write(
    `POST /${running.token}/api/backups:write-backup HTTP/1.1\r\nHost: 127.0.0.1:${running.port}\r\n` +
      `Origin: ${running.origin}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
  );
  // Half the body, then a TCP reset: what a closed tab does to an upload in flight.
  socket.write(body.slice(0, body.length / 2), () => socket.resetAndDestroy());

  await running.waitForLog('A page went away during an upload; nothing was changed.');
  expect(running.child.exitCode).toBeNull();
  const listed = await running.api('backups:list-backups', {});
  expect(listed).toEqual({ status: 200, body: { ok: true, value: [] } });
  const written = await running.api<{ ok: boolean }>('backups:write-backup', {
    reason: 'manual',
    content: '{}',
  });
  expect(written.body.ok).toBe(true);
  expect((await readdir(join(dataDir, 'backups'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}, 60_000);
