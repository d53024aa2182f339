// The monthly cap holds whatever a server sends: generated replies with missing, negative, fractional,
// infinite, absurd or non-numeric usage, other model names and every stop reason, through the real SDK,
// never lift this month's spend above the cap, never lower it, and never make it NaN.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LlmEvent, LlmRequest } from '../../../shared/llm/contract';
import { worstCaseCostUsd } from '../../../shared/llm/pricing';
import {
  type Scenario,
  startScriptedLlmServer,
} from '../../../tests/fixtures/llm-server/scripted-llm-server';
import { DesktopError } from '../desktop-error';
import { createLlmService } from './llm-service';
import { fileSecretStore } from './secret-store';

const model = 'claude-opus-9';
/** Rounding to a hundredth of a cent per answer is the only slack. */
const rounding = 0.0001;

const rawCount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.constantFrom('1e400', '-1e400', 'null', '"NaN"', '"12"', 'true', '[]', '{}', '-0', '5e-324'),
);
const reply = fc.record({
  usage: fc.oneof(
    fc.constant<'omit'>('omit'),
    fc.record({ input: rawCount, output: rawCount }, { requiredKeys: [] }),
  ),
  replyModel: fc.option(fc.constantFrom('claude-haiku-1', 'free-local', '', 'claude-opus-9'), {
    nil: undefined,
  }),
  stopReason: fc.constantFrom('end_turn', 'max_tokens', 'refusal') as fc.Arbitrary<
    'end_turn' | 'max_tokens' | 'refusal'
  >,
  text: fc.string({ maxLength: 40 }),
});

function finalEvent(start: (emit: (event: LlmEvent) => void) => Promise<unknown>): Promise<LlmEvent> {
  return new Promise((resolve, reject) => {
    start((event) => {
      if (event.type === 'done' || event.type === 'error') resolve(event);
    }).catch(reject);
  });
}

describe('the monthly cap', () => {
  it('cannot be lifted or switched off by anything a server sends', async () => {
    let run = 0;
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(reply, { minLength: 1, maxLength: 6 }),
        // Room for none to about six requests at the worst case of about $0.031 each.
        fc.integer({ min: 0, max: 20 }).map((cents) => cents / 100),
        async (replies, cap) => {
          const server = await startScriptedLlmServer();
          const dir = await mkdtemp(join(tmpdir(), 'shipready-cap-'));
          try {
            const service = createLlmService({
              settingsPath: join(dir, 'llm-settings.json'),
              secrets: fileSecretStore(join(dir, 'secrets.json')),
              pricedAsHosted: true,
              timing: { maxRetries: 0, stallMs: 2000, firstByteMs: 2000, timeoutMs: 5000 },
            });
            await service.saveSettings({ apiKey: 'k', model, baseUrl: server.baseURL, monthlyCapUsd: cap });
            for (const [index, scripted] of replies.entries()) {
              const request: LlmRequest = {
                requestId: `cap-${run}-${index}`,
                kind: 'readiness-review',
                system: 'Grade.',
                user: '<evidence>{}</evidence>',
                maxTokens: 200,
              };
              const before = (await service.getSettings()).spentThisMonthUsd;
              const worst = worstCaseCostUsd(model, request, false);
              const scenario: Scenario = { kind: 'stream', ...scripted };
              if (before + worst > cap) {
                // No room for the worst case: refused before anything is sent.
                await expect(service.start(request, () => {})).rejects.toMatchObject({ code: 'over-cap' });
                await expect(service.start(request, () => {})).rejects.toBeInstanceOf(DesktopError);
                expect(server.requests).toHaveLength(index);
                break;
              }
              server.enqueue(scenario);
              await finalEvent((emit) => service.start(request, emit));
              answered += 1;
              const after = (await service.getSettings()).spentThisMonthUsd;
              expect(Number.isFinite(after)).toBe(true);
              expect(after).toBeGreaterThanOrEqual(before);
              expect(after).toBeLessThanOrEqual(cap + rounding);
            }
          } finally {
            run += 1;
            await server.close();
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property ran through real requests, not only refusals.
    expect(answered).toBeGreaterThan(40);
  }, 60_000);
});
