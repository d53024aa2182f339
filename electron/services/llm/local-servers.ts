// "Use a local model": asks the usual local ports whether an Anthropic-compatible server answers there,
// and which models it lists, so a person never has to type a base URL.
import type { LocalLlmSearch, LocalLlmServer } from '../../../shared/llm/contract';

export interface LocalServerCandidate {
  baseUrl: string;
  /** What usually listens there, shown when the server does not say. */
  label: string;
}

export const localServerCandidates: LocalServerCandidate[] = [
  { baseUrl: 'http://127.0.0.1:11434', label: 'Ollama' },
  { baseUrl: 'http://127.0.0.1:8080', label: 'llama.cpp server' },
];

async function getJson(url: string, init: RequestInit, timeoutMs: number) {
  const response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { status: response.status, body };
}

const names = (list: unknown, key: 'id' | 'name'): string[] =>
  Array.isArray(list)
    ? list.flatMap((item) => {
        const value = (item as Record<string, unknown> | null)?.[key];
        return typeof value === 'string' && value.length <= 200 ? [value] : [];
      })
    : [];

/**
 * An empty Messages request costs nothing and loads no model: an Anthropic-compatible server refuses it
 * with its error shape, while a server without that API answers 404 or something else entirely.
 */
async function speaksAnthropic(baseUrl: string, timeoutMs: number): Promise<boolean> {
  const { status, body } = await getJson(
    `${baseUrl}/v1/messages`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' },
      body: '{}',
    },
    timeoutMs,
  );
  const shaped = (body as { type?: unknown; error?: { type?: unknown } } | null) ?? {};
  return (
    status >= 400 &&
    status < 500 &&
    status !== 404 &&
    shaped.type === 'error' &&
    typeof shaped.error?.type === 'string'
  );
}

async function listModels(baseUrl: string, timeoutMs: number): Promise<string[]> {
  const listed = await getJson(`${baseUrl}/v1/models`, { method: 'GET' }, timeoutMs).catch(() => null);
  const fromApi = names((listed?.body as { data?: unknown } | null)?.data, 'id');
  if (fromApi.length > 0) return fromApi;
  // Ollama's own list, for versions whose /v1/models is missing.
  const tags = await getJson(`${baseUrl}/api/tags`, { method: 'GET' }, timeoutMs).catch(() => null);
  return names((tags?.body as { models?: unknown } | null)?.models, 'name');
}

async function probe(candidate: LocalServerCandidate, timeoutMs: number): Promise<LocalLlmServer | null> {
  try {
    if (!(await speaksAnthropic(candidate.baseUrl, timeoutMs))) return null;
  } catch {
    return null; // Nothing listens there, or it did not answer in time.
  }
  return {
    baseUrl: candidate.baseUrl,
    label: candidate.label,
    models: await listModels(candidate.baseUrl, timeoutMs),
  };
}

export async function findLocalServers(
  candidates: LocalServerCandidate[],
  timeoutMs = 2_000,
): Promise<LocalLlmSearch> {
  const found = await Promise.all(candidates.map((candidate) => probe(candidate, timeoutMs)));
  return {
    found: found.filter((server): server is LocalLlmServer => server !== null),
    tried: candidates.map((candidate) => candidate.baseUrl),
  };
}
