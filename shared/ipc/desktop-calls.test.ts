// The calls both editions share go to their own channels, and a call wired to another channel does not
// compile: the `@ts-expect-error` lines below fail the typecheck (npm run typecheck) if the wiring ever
// becomes loose enough to accept them.
import { describe, expect, it } from 'vitest';
import type { DesktopApi, Invoke } from './contract';
import { desktopCalls } from './desktop-calls';

const recording = () => {
  const seen: { channel: string; payload: unknown }[] = [];
  const invoke = (async (channel: string, payload: unknown) => {
    seen.push({ channel, payload });
    return { ok: true, value: undefined };
  }) as Invoke;
  return { seen, invoke };
};

describe('desktopCalls', () => {
  it('sends each call on its own channel with its payload', async () => {
    const { seen, invoke } = recording();
    const calls = desktopCalls(invoke);
    await calls.getAppInfo();
    await calls.readBackup('backup-1.json');
    await calls.cancelLlm('request-123');
    await calls.findLocalLlm();
    await calls.getLlmSettings();
    expect(seen).toEqual([
      { channel: 'app:get-info', payload: {} },
      { channel: 'backups:read-backup', payload: { fileName: 'backup-1.json' } },
      { channel: 'llm:cancel', payload: { requestId: 'request-123' } },
      { channel: 'llm:find-local', payload: {} },
      { channel: 'llm:get-settings', payload: {} },
    ]);
  });

  it('refuses, at compile time, a method wired to another channel', () => {
    const { invoke } = recording();
    const update = { model: 'm', baseUrl: 'https://api.anthropic.com', monthlyCapUsd: 5 };
    const miswired: Pick<DesktopApi, 'getLlmSettings' | 'listBackups' | 'cancelLlm'> = {
      // Both channels answer with LlmSettings; only the channel tag tells them apart.
      // @ts-expect-error getLlmSettings must answer from llm:get-settings, not llm:save-settings
      getLlmSettings: () => invoke('llm:save-settings', update),
      // @ts-expect-error listBackups must answer from backups:list-backups
      listBackups: () => invoke('files:take-opened', {}),
      // @ts-expect-error a payload of the wrong channel is refused too
      cancelLlm: (requestId) => invoke('llm:cancel', { fileName: requestId }),
    };
    expect(Object.keys(miswired)).toHaveLength(3);
  });
});
