// "Use a local model" against real servers on 127.0.0.1: the scripted Anthropic-compatible one is found
// with its models; a closed port and a server without the Messages API are not.
import { mkdtemp } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ScriptedLlmServer,
  startScriptedLlmServer,
} from '../../../tests/fixtures/llm-server/scripted-llm-server';
import { createLlmService } from './llm-service';
import { findLocalServers } from './local-servers';
import { fileSecretStore } from './secret-store';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function scripted(models: string[]): Promise<ScriptedLlmServer> {
  const server = await startScriptedLlmServer({ models });
  cleanups.push(() => server.close());
  return server;
}

/** A web server with no Anthropic API: a router page, or an Ollama older than 0.14. */
async function notAnApi(): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('404 page not found');
  });
  cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
  return listen(server);
}

async function closedPort(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return url;
}

describe('finding a local model', () => {
  it('finds the Anthropic-compatible server with the models it lists, and nothing else', async () => {
    const llm = await scripted(['qwen3:8b', 'llama3.2:3b']);
    const candidates = [
      { baseUrl: await closedPort(), label: 'Ollama' },
      { baseUrl: await notAnApi(), label: 'llama.cpp server' },
      { baseUrl: llm.baseURL, label: 'Ollama' },
    ];
    const search = await findLocalServers(candidates);
    expect(search.found).toEqual([
      { baseUrl: llm.baseURL, label: 'Ollama', models: ['qwen3:8b', 'llama3.2:3b'] },
    ]);
    expect(search.tried).toEqual(candidates.map((candidate) => candidate.baseUrl));
    // The probe used no scenario and asked no model for an answer.
    expect(llm.requests.filter((r) => r.path === '/v1/messages').map((r) => r.body)).toEqual([{}]);
  });

  it('reports every address it tried when nothing answers', async () => {
    const candidates = [{ baseUrl: await closedPort(), label: 'Ollama' }];
    expect(await findLocalServers(candidates)).toEqual({ found: [], tried: [candidates[0]?.baseUrl] });
  });

  it('is offered by the service, over the candidates it was given', async () => {
    const llm = await scripted(['phi4']);
    const dir = await mkdtemp(join(tmpdir(), 'shipready-local-'));
    const service = createLlmService({
      settingsPath: join(dir, 'llm-settings.json'),
      secrets: fileSecretStore(join(dir, 'secrets.json')),
      localCandidates: [{ baseUrl: llm.baseURL, label: 'llama.cpp server' }],
    });
    expect((await service.findLocal()).found).toEqual([
      { baseUrl: llm.baseURL, label: 'llama.cpp server', models: ['phi4'] },
    ]);
  });
});
