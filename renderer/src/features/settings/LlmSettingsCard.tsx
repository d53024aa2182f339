// LLM feedback settings: key, model, base URL (a local server works offline) and a monthly spend cap.
// The key is sent once to the desktop side and never read back.
import { type FormEvent, useEffect, useId, useState } from 'react';
import type { LlmSettings } from '../../../../shared/llm/contract';
import { desktopApi } from '../../platform/desktop-api';
import { useAppStore } from '../../store/app-store';

export function LlmSettingsCard() {
  const notify = useAppStore((state) => state.notify);
  const [settings, setSettings] = useState<LlmSettings | null>(null);
  const [draft, setDraft] = useState({ apiKey: '', model: '', baseUrl: '', monthlyCapUsd: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    void desktopApi()
      .getLlmSettings()
      .then((result) => {
        if (!result.ok) return notify('error', result.error.message);
        setSettings(result.value);
        setDraft({
          apiKey: '',
          model: result.value.model,
          baseUrl: result.value.baseUrl,
          monthlyCapUsd: String(result.value.monthlyCapUsd),
        });
      });
  }, [notify]);

  async function save(event: FormEvent, removeKey = false) {
    event.preventDefault();
    const cap = Number(draft.monthlyCapUsd);
    if (draft.monthlyCapUsd.trim() === '' || !Number.isFinite(cap))
      return setProblem('monthlyCapUsd: enter a number of US dollars.');
    const result = await desktopApi().saveLlmSettings({
      model: draft.model,
      baseUrl: draft.baseUrl,
      monthlyCapUsd: cap,
      ...(removeKey ? { apiKey: '' } : draft.apiKey.trim() ? { apiKey: draft.apiKey.trim() } : {}),
    });
    if (!result.ok) return setProblem(result.error.message);
    setProblem(null);
    setSettings(result.value);
    setDraft((d) => ({ ...d, apiKey: '' }));
    notify('info', removeKey ? 'API key removed.' : 'LLM settings saved.');
  }

  if (!settings) return null;
  return (
    <form className="card form" onSubmit={(e) => void save(e)} aria-label="LLM feedback settings" noValidate>
      <h2>LLM feedback (optional)</h2>
      <p className="muted small">
        {settings.enabled
          ? 'On. Nothing is sent until you review and confirm exactly what will be sent.'
          : 'Off. ShipReady is complete without it; add a key or a local server to get a mentor’s voice.'}
      </p>
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
        Ollama 0.14+.
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
