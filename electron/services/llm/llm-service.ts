// The LLM feature on the desktop side: settings, the key, and one request at a time, cancellable.
import { randomUUID } from 'node:crypto';
import {
  defaultLlmSettings,
  isLocalBaseUrl,
  type LlmEvent,
  type LlmRequest,
  type LlmSettings,
  type LlmSettingsUpdate,
  llmSettingsUpdateSchema,
} from '../../../shared/llm/contract';
import { describeIssues } from '../../../shared/validation';
import { DesktopError } from '../desktop-error';
import { type RunOptions, runRequest } from './run-request';
import type { SecretStore } from './secret-store';
import { loadLlmSettings, saveLlmSettings } from './settings-store';

export interface LlmServiceDeps {
  settingsPath: string;
  secrets: SecretStore;
  /** Test hooks; production uses the defaults. */
  timing?: Partial<Pick<RunOptions, 'timeoutMs' | 'stallMs' | 'maxRetries'>>;
}

export interface LlmService {
  getSettings(): Promise<LlmSettings>;
  saveSettings(update: LlmSettingsUpdate): Promise<LlmSettings>;
  /** Starts a request and returns its id; events arrive through `emit` until one `done` or `error`. */
  start(request: LlmRequest, emit: (event: LlmEvent) => void): Promise<{ requestId: string }>;
  cancel(requestId: string): Promise<void>;
}

export function createLlmService(deps: LlmServiceDeps): LlmService {
  let current: { id: string; controller: AbortController } | null = null;

  async function getSettings(): Promise<LlmSettings> {
    const stored = await loadLlmSettings(deps.settingsPath);
    const hasKey = (await deps.secrets.get()) !== null;
    return {
      ...stored,
      hasKey,
      enabled: hasKey || isLocalBaseUrl(stored.baseUrl),
      keyStorage: deps.secrets.describe(),
    };
  }

  return {
    getSettings,
    async saveSettings(update) {
      const parsed = llmSettingsUpdateSchema.safeParse(update);
      if (!parsed.success) throw new DesktopError('invalid-settings', describeIssues(parsed.error));
      const { apiKey, ...rest } = parsed.data;
      await saveLlmSettings(deps.settingsPath, { ...defaultLlmSettings, ...rest });
      if (apiKey === '') await deps.secrets.clear();
      else if (apiKey !== undefined) await deps.secrets.set(apiKey);
      return getSettings();
    },
    async start(request, emit) {
      if (current)
        throw new DesktopError('busy', 'Another answer is still arriving. Wait for it or cancel it first.');
      // Claim the slot before the first await, so two quick starts cannot both get in.
      const requestId = randomUUID();
      const controller = new AbortController();
      current = { id: requestId, controller };
      const settings = await loadLlmSettings(deps.settingsPath);
      const key = await deps.secrets.get();
      if (!key && !isLocalBaseUrl(settings.baseUrl)) {
        current = null;
        throw new DesktopError(
          'not-configured',
          'Add an API key or a local server in Settings to use LLM feedback.',
        );
      }
      const options: RunOptions = {
        // Local Anthropic-compatible servers need no key; the SDK still wants a string.
        apiKey: key ?? 'local',
        baseUrl: settings.baseUrl,
        model: settings.model,
        timeoutMs: deps.timing?.timeoutMs ?? 120_000,
        stallMs: deps.timing?.stallMs ?? 30_000,
        maxRetries: deps.timing?.maxRetries ?? 2,
      };
      const forward = (event: Omit<LlmEvent, 'requestId'>) => {
        // Free the slot before the last event goes out, so a follow-up request is never refused as busy.
        if (event.type !== 'delta' && current?.id === requestId) current = null;
        emit({ ...event, requestId } as LlmEvent);
      };
      void runRequest(request, options, forward, controller.signal);
      return { requestId };
    },
    async cancel(requestId) {
      if (current?.id === requestId) current.controller.abort();
    },
  };
}
