// Runs the browser edition's host as its own process, as `npm start` does, so a fault can kill it for real.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');

/** Bundles the host from source, so the suite never runs a stale dist/ build. */
export async function bundleHost(): Promise<string> {
  const outdir = await mkdtemp(join(tmpdir(), 'shipready-fault-host-'));
  await build({
    entryPoints: { main: join(root, 'electron/web-host/main.ts') },
    define: { __APP_VERSION__: '"fault-suite"' },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return join(outdir, 'main.mjs');
}

export interface HostProcess {
  child: ChildProcess;
  port: number;
  origin: string;
  token: string;
  /** Everything the host printed to stderr so far (its warnings and request failures). */
  stderr(): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | string>;
  /** Resolves once stderr holds `text`, or rejects if the process exits first. */
  waitForLog(text: string): Promise<void>;
  api<T = unknown>(channel: string, payload: unknown): Promise<{ status: number; body: T }>;
}

export function startHost(bundle: string, dataDir: string, args: string[] = []): Promise<HostProcess> {
  const child = spawn(process.execPath, [bundle, '--data-dir', dataDir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: '1' },
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      const match = /ShipReady browser edition: http:\/\/127\.0\.0\.1:(\d+)\/([A-Za-z0-9_-]+)\//.exec(out);
      if (!match?.[1] || !match[2]) return;
      const port = Number(match[1]);
      const token = match[2];
      const origin = `http://127.0.0.1:${port}`;
      resolve({
        child,
        port,
        origin,
        token,
        stderr: () => err,
        exited,
        waitForLog: (text) =>
          new Promise((resolveLog, rejectLog) => {
            const check = () => {
              if (!err.includes(text)) return false;
              child.stderr?.off('data', check);
              resolveLog();
              return true;
            };
            if (check()) return;
            child.stderr?.on('data', check);
            void exited.then((code) =>
              rejectLog(new Error(`the host exited (${code}) before logging "${text}". Its stderr:\n${err}`)),
            );
          }),
        api: (channel, payload) => callApi({ port, origin, token }, channel, payload),
      });
    });
    void exited.then((code) =>
      reject(new Error(`the host exited (${code}) before it listened:\n${out}${err}`)),
    );
  });
}

function callApi<T>(
  host: { port: number; origin: string; token: string },
  channel: string,
  payload: unknown,
): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/${host.token}/api/${channel}`,
        headers: { origin: host.origin, 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as T }));
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify(payload));
  });
}

/** Stops a host that is still running and waits until it is gone. */
export async function stopHost(host: HostProcess | undefined): Promise<void> {
  if (!host || host.child.exitCode !== null || host.child.signalCode !== null) return;
  host.child.kill('SIGTERM');
  await host.exited;
}
