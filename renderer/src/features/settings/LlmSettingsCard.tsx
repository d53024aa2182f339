// LLM feedback settings: key, model, base URL (a local server works offline), the monthly spend cap and
// this month's spend. Says where requests go. The key is sent once to the desktop side and never read back.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { withoutVersionSuffix } from '../../../../shared/llm/loopback';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';
import { LocalModelFinder } from './LocalModelFinder';
import { publishLlmSettings, useLlmSettings } from './use-llm-settings';

const emptyDraft = { apiKey: '', model: '', baseUrl: '', monthlyCapUsd: '', spentThisMonthUsd: '' };

const dollars = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function LlmSettingsCard() {
  const notify = useAppStore((state) => state.notify);
  const settings = useLlmSettings((message) => notify('error', message));
  const [draft, setDraftState] = useState(emptyDraft);
  const [problem, setProblem] = useState<string | null>(null);
  // Settings read again (by the page's lede, say) never overwrite what the person is typing.
  const edited = useRef(false);
  const setDraft = (next: typeof emptyDraft) => {
    edited.current = true;
    setDraftState(next);
  };
  const id = useId();
  useEffect(() => {
    if (!settings || edited.current) return;
    setDraftState({
      apiKey: '',
      model: settings.model,
      baseUrl: settings.baseUrl,
      monthlyCapUsd: String(settings.monthlyCapUsd),
      spentThisMonthUsd: settings.spentThisMonthUsd.toFixed(2),
    });
  }, [settings]);

  async function save(event: FormEvent, removeKey = false) {
    event.preventDefault();
    if (!settings) return;
    const cap = dollars(draft.monthlyCapUsd);
    if (!Number.isFinite(cap)) return setProblem('monthlyCapUsd: enter a number of US dollars.');
    const spent = dollars(draft.spentThisMonthUsd);
    if (!Number.isFinite(spent)) return setProblem('spentThisMonthUsd: enter a number of US dollars.');
    // The spend is sent only when the person corrected it, so a save never undoes spend counted meanwhile.
    const corrected = draft.spentThisMonthUsd !== settings.spentThisMonthUsd.toFixed(2);
    const result = await desktopApi().saveLlmSettings({
      model: draft.model,
      baseUrl: draft.baseUrl,
      monthlyCapUsd: cap,
      ...(corrected ? { spentThisMonthUsd: spent } : {}),
      ...(removeKey ? { apiKey: '' } : draft.apiKey.trim() ? { apiKey: draft.apiKey.trim() } : {}),
    });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    edited.current = false;
    publishLlmSettings(result.value);
    const versionRemoved = withoutVersionSuffix(draft.baseUrl).removed;
    notify(
      'info',
      removeKey
        ? 'API key removed.'
        : versionRemoved
          ? 'LLM settings saved. The base URL was saved without its trailing /v1, which the client adds itself.'
          : 'LLM settings saved.',
    );
  }

  if (!settings) return null;
  const where = settings.local
    ? `Requests go to ${settings.destination}, a server on this machine: nothing leaves it.`
    : `Requests go to ${settings.destination}: what you confirm leaves this machine.`;
  return (
    <form className="card form" onSubmit={(e) => void save(e)} aria-label="LLM feedback settings" noValidate>
      <h2>LLM feedback (optional)</h2>
      <p className="muted small">
        {settings.enabled
          ? `On. ${where} Nothing is sent until you review and confirm exactly what will be sent.`
          : 'Off. ShipReady is complete without it; add a key or a local server to get a mentor’s voice.'}
      </p>
      <LocalModelFinder onChoose={(choice) => setDraft({ ...draft, ...choice })} />
      <label htmlFor={`${id}-key`}>
        Anthropic API key {settings.hasKey && <span className="badge">stored</span>}
      </label>
      <input
        id={`${id}-key`}
        type="password"
        autoComplete="off"
        value={draft.apiKey}
        placeholder={settings.hasKey ? 'A key is stored; type a new one to replace it' : 'sk-ant-…'}
        onChange={(e) => setDraft({ ...draft, apiKey: e.target.value })}
      />
      <p className="muted small">{settings.keyStorage}</p>
      <label htmlFor={`${id}-url`}>Base URL</label>
      <input
        id={`${id}-url`}
        value={draft.baseUrl}
        onChange={(e) => setDraft({ ...draft, baseUrl: e.target.value })}
      />
      <p className="muted small">
        For offline use, point this at a local Anthropic-compatible server, e.g. http://127.0.0.1:11434 for
        Ollama 0.14+ (without /v1).
      </p>
      <label htmlFor={`${id}-model`}>Model</label>
      <input
        id={`${id}-model`}
        value={draft.model}
        onChange={(e) => setDraft({ ...draft, model: e.target.value })}
      />
      <label htmlFor={`${id}-cap`}>Monthly spend cap (USD)</label>
      <input
        id={`${id}-cap`}
        inputMode="decimal"
        value={draft.monthlyCapUsd}
        onChange={(e) => setDraft({ ...draft, monthlyCapUsd: e.target.value })}
      />
      <label htmlFor={`${id}-spent`}>Spent this month (USD, estimated)</label>
      <input
        id={`${id}-spent`}
        inputMode="decimal"
        aria-describedby={`${id}-spent-note`}
        value={draft.spentThisMonthUsd}
        onChange={(e) => setDraft({ ...draft, spentThisMonthUsd: e.target.value })}
      />
      <p id={`${id}-spent-note`} className="muted small">
        Counted from the usage servers report, priced by the model set above. Correct it here if your
        provider’s bill says otherwise.
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions actions">
        <button type="submit" className="primary">
          Save LLM settings
        </button>
        {settings.hasKey && (
          <button type="button" className="danger" onClick={(e) => void save(e, true)}>
            Remove key
          </button>
        )}
      </div>
    </form>
  );
}
