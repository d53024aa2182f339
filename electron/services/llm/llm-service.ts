// The LLM feature on the desktop side: settings, the key, the monthly cap, and one request at a time,
// cancellable. The cap is enforced here, where the usage a server reports is known.
import { dirname, join } from 'node:path';
import {
  defaultLlmSettings,
  type LlmEvent,
  type LlmRequest,
  type LlmSettings,
  type LlmSettingsUpdate,
  type LocalLlmSearch,
  llmSettingsUpdateSchema,
} from '../../../shared/llm/contract';
import { destinationOf, isLocalBaseUrl, withoutVersionSuffix } from '../../../shared/llm/loopback';
import { checkMonthlyCap, worstCaseCostUsd } from '../../../shared/llm/pricing';
import { describeIssues } from '../../../shared/validation';
import { DesktopError } from '../desktop-error';
import { findLocalServers, type LocalServerCandidate, localServerCandidates } from './local-servers';
import { type RunOptions, type RunTiming, runRequest } from './run-request';
import type { SecretStore } from './secret-store';
import { loadLlmSettings, saveLlmSettings } from './settings-store';
import { fileSpendLedger } from './spend-ledger';
import type { Transport } from './watched-fetch';

export interface LlmServiceDeps {
  settingsPath: string;
  secrets: SecretStore;
  /** This month's spend; beside the settings file unless given. */
  spendPath?: string;
  /** Test hooks; production uses the defaults. */
  timing?: Partial<RunTiming>;
  /** Where "Use a local model" looks; Ollama's and llama.cpp's usual ports unless given. */
  localCandidates?: LocalServerCandidate[];
  now?: () => Date;
  log?: (message: string) => void;
  /** The network the SDK uses; Electron passes net.fetch so the system proxy, PAC and certificates apply. */
  fetch?: Transport;
  /** Test hook: treat a 127.0.0.1 server as a hosted API (priced, capped), as a scripted server stands in for one. */
  pricedAsHosted?: boolean;
}

export interface LlmService {
  getSettings(): Promise<LlmSettings>;
  saveSettings(update: LlmSettingsUpdate): Promise<LlmSettings>;
  /** Starts a request under its own id; events arrive through `emit` until one `done` or `error`. */
  start(request: LlmRequest, emit: (event: LlmEvent) => void): Promise<{ requestId: string }>;
  cancel(requestId: string): Promise<void>;
  findLocal(): Promise<LocalLlmSearch>;
}

const defaultTiming = (local: boolean): RunTiming => ({
  timeoutMs: 15 * 60_000,
  // A local model may have to load from disk first; a hosted API answers in seconds or not at all.
  firstByteMs: local ? 5 * 60_000 : 2 * 60_000,
  stallMs: 30_000,
  loadingNoticeMs: 3_000,
  maxRetries: 2,
});

export function createLlmService(deps: LlmServiceDeps): LlmService {
  let current: { id: string; controller: AbortController } | null = null;
  const isLocal = (baseUrl: string) => isLocalBaseUrl(baseUrl) && !deps.pricedAsHosted;
  const ledger = fileSpendLedger(
    deps.spendPath ?? join(dirname(deps.settingsPath), 'llm-spend.json'),
    deps.now,
  );

  async function getSettings(): Promise<LlmSettings> {
    const stored = await loadLlmSettings(deps.settingsPath);
    const hasKey = (await deps.secrets.get()) !== null;
    const local = isLocal(stored.baseUrl);
    return {
      ...stored,
      hasKey,
      enabled: hasKey || local,
      local,
      destination: destinationOf(stored.baseUrl),
      spentThisMonthUsd: await ledger.spentThisMonth(),
      keyStorage: deps.secrets.describe(),
    };
  }

  async function run(
    request: LlmRequest,
    options: RunOptions,
    controller: AbortController,
    emit: (event: LlmEvent) => void,
  ) {
    const { requestId } = request;
    const outcome = await runRequest(
      request,
      options,
      (event) => emit({ ...event, requestId } as LlmEvent),
      controller.signal,
    );
    try {
      await ledger.add(outcome.billedUsd);
    } catch (error) {
      deps.log?.(`llm: could not record the spend: ${(error as Error).message}`);
    }
    // Free the slot before the last event goes out, so a follow-up request is never refused as busy.
    if (current?.id === requestId) current = null;
    emit({ ...outcome.last, requestId } as LlmEvent);
  }

  return {
    getSettings,
    async saveSettings(update) {
      const parsed = llmSettingsUpdateSchema.safeParse(update);
      if (!parsed.success) throw new DesktopError('invalid-settings', describeIssues(parsed.error));
      const { apiKey, spentThisMonthUsd, ...rest } = parsed.data;
      const { baseUrl } = withoutVersionSuffix(rest.baseUrl);
      await saveLlmSettings(deps.settingsPath, { ...defaultLlmSettings, ...rest, baseUrl });
      if (apiKey === '') await deps.secrets.clear();
      else if (apiKey !== undefined) await deps.secrets.set(apiKey);
      if (spentThisMonthUsd !== undefined) await ledger.set(spentThisMonthUsd);
      return getSettings();
    },
    async start(request, emit) {
      if (current)
        throw new DesktopError('busy', 'Another answer is still arriving. Wait for it or cancel it first.');
      // Claim the slot before the first await, so two quick starts cannot both get in.
      const slot = { id: request.requestId, controller: new AbortController() };
      current = slot;
      try {
        const settings = await loadLlmSettings(deps.settingsPath);
        const key = await deps.secrets.get();
        const local = isLocal(settings.baseUrl);
        if (!key && !local)
          throw new DesktopError(
            'not-configured',
            'Add an API key or a local server in Settings to use LLM feedback.',
          );
        const cap = checkMonthlyCap(
          await ledger.spentThisMonth(),
          worstCaseCostUsd(settings.model, request, local),
          settings.monthlyCapUsd,
        );
        if (!cap.ok) throw new DesktopError('over-cap', cap.message);
        const options: RunOptions = {
          ...defaultTiming(local),
          ...deps.timing,
          // Local Anthropic-compatible servers need no key; the SDK still wants a string.
          apiKey: key ?? 'local',
          baseUrl: withoutVersionSuffix(settings.baseUrl).baseUrl,
          model: settings.model,
          local,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        };
        run(request, options, slot.controller, emit).catch((error: unknown) => {
          deps.log?.(`llm: request failed: ${(error as Error).message}`);
          if (current === slot) current = null;
          emit({
            requestId: request.requestId,
            type: 'error',
            code: 'server',
            message: 'The request failed unexpectedly. Nothing was saved.',
          });
        });
      } catch (error) {
        if (current === slot) current = null;
        throw error;
      }
      return { requestId: request.requestId };
    },
    async cancel(requestId) {
      if (current?.id === requestId) current.controller.abort();
    },
    findLocal: () => findLocalServers(deps.localCandidates ?? localServerCandidates),
  };
}
