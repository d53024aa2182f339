// useLlmTask with a stand-in desktop side: the gate, the preview, a retry on the same screen after any
// ending, a second click ignored, and only a valid answer stored, with the desktop side's price.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DesktopApi } from '../../../../shared/ipc/contract';
import type { LlmEvent, LlmRequest, LlmSettings } from '../../../../shared/llm/contract';
import { freshDatabase } from '../../../../tests/fixtures/test-database';
import type { ShipReadyDatabase } from '../../db/database';
import { DatabaseProvider } from '../../db/database-context';
import { useLlmTask } from './use-llm-task';

const listeners = new Set<(event: LlmEvent) => void>();
const publish = (event: LlmEvent) => {
  for (const listener of listeners) listener(event);
};
const started: LlmRequest[] = [];
let settingsReads = 0;
let settings: LlmSettings;

window.shipready = {
  getLlmSettings: async () => {
    settingsReads += 1;
    return { ok: true, value: settings };
  },
  startLlm: async (request: LlmRequest) => {
    started.push(request);
    return { ok: true, value: { requestId: request.requestId } };
  },
  cancelLlm: async () => ({ ok: true, value: undefined }),
  onLlmEvent: (listener: (event: LlmEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
} as unknown as DesktopApi;

const schema = z.object({ verdict: z.string() });
const prompt = { kind: 'mock-interview' as const, system: 's', user: 'u', maxTokens: 1000 };

let db: ShipReadyDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  started.length = 0;
  settingsReads = 0;
  settings = {
    enabled: true,
    hasKey: true,
    model: 'claude-haiku-5',
    baseUrl: 'https://api.anthropic.com',
    monthlyCapUsd: 5,
    spentThisMonthUsd: 0,
    local: false,
    destination: 'api.anthropic.com',
    keyStorage: 'a file',
  };
});

function renderTask() {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatabaseProvider db={db}>{children}</DatabaseProvider>
  );
  return renderHook(() => useLlmTask({ kind: 'mock-interview', build: () => prompt, schema }), { wrapper });
}

async function sendFromPreview(result: ReturnType<typeof renderTask>['result']): Promise<string> {
  await act(() => result.current.prepare());
  expect(result.current.step.step).toBe('preview');
  await act(() => result.current.send());
  const sent = started.at(-1);
  if (!sent) throw new Error('nothing was sent');
  return sent.requestId;
}

const done = (requestId: string, text: string): LlmEvent => ({
  requestId,
  type: 'done',
  text,
  model: 'claude-haiku-5',
  inputTokens: 100,
  outputTokens: 20,
  costUsd: 0.0002,
  costKnown: true,
});

describe('useLlmTask', () => {
  it('ignores a second click while the first is still being checked', async () => {
    const { result } = renderTask();
    await act(async () => {
      await Promise.all([result.current.prepare(), result.current.prepare()]);
    });
    expect(settingsReads).toBe(1);
    expect(result.current.step.step).toBe('preview');
  });

  it('stops before the preview when the worst case would pass the cap, and sends nothing', async () => {
    settings = { ...settings, spentThisMonthUsd: 4.999, monthlyCapUsd: 5 };
    const { result } = renderTask();
    await act(() => result.current.prepare());
    expect(result.current.step).toMatchObject({ step: 'blocked', toSettings: true });
    expect(started).toHaveLength(0);
  });

  it('after a failure, asking again previews again on the same screen', async () => {
    const { result } = renderTask();
    const first = await sendFromPreview(result);
    act(() =>
      publish({ requestId: first, type: 'error', code: 'overloaded', message: 'The model is overloaded.' }),
    );
    expect(result.current.request).toMatchObject({ phase: 'failed', code: 'overloaded' });
    const second = await sendFromPreview(result);
    expect(second).not.toBe(first);
  });

  it('refuses a malformed answer without storing it, then stores a valid one with the desktop side’s price', async () => {
    const { result } = renderTask();
    const first = await sendFromPreview(result);
    act(() => publish(done(first, 'Looks fine to me.')));
    await waitFor(() => expect(result.current.step).toMatchObject({ step: 'rejected' }));
    expect(await db.feedback.count()).toBe(0);

    const second = await sendFromPreview(result);
    act(() => publish(done(second, 'Sure: {"verdict": "ready"}')));
    await waitFor(() =>
      expect(result.current.step).toMatchObject({ step: 'answered', answer: { verdict: 'ready' } }),
    );
    const [row] = await db.feedback.toArray();
    expect(row).toMatchObject({ kind: 'mock-interview', model: 'claude-haiku-5', estimatedCostUsd: 0.0002 });
  });

  it('offers a larger limit after an answer was cut off, through the preview again', async () => {
    const { result } = renderTask();
    const first = await sendFromPreview(result);
    act(() =>
      publish({
        requestId: first,
        type: 'error',
        code: 'truncated',
        message: 'cut',
        maxTokens: prompt.maxTokens,
      }),
    );
    await act(async () => {
      result.current.retryWithLargerLimit();
    });
    await waitFor(() =>
      expect(result.current.step).toMatchObject({ step: 'preview', prompt: { maxTokens: 2000 } }),
    );
  });
});
