// "Use a local model": looks for Ollama or llama.cpp's server on this machine and offers the models it
// lists, so nobody has to type a base URL; says what to install when nothing answers.
import { useState } from 'react';
import type { LocalLlmSearch } from '../../../../shared/llm/contract';
import { desktopApi } from '../../platform/desktop-api';

export function LocalModelFinder({
  onChoose,
}: {
  onChoose: (choice: { baseUrl: string; model: string }) => void;
}) {
  const [search, setSearch] = useState<LocalLlmSearch | 'looking' | { problem: string } | null>(null);

  async function look() {
    setSearch('looking');
    const result = await desktopApi().findLocalLlm();
    setSearch(result.ok ? result.value : { problem: result.error.message });
  }

  return (
    <div className="local-model">
      <button type="button" className="secondary" onClick={() => void look()} disabled={search === 'looking'}>
        Use a local model
      </button>
      {search === 'looking' && <p aria-live="polite">Looking on this machine…</p>}
      {search && search !== 'looking' && 'problem' in search && (
        <p className="field-error" role="alert">
          {search.problem}
        </p>
      )}
      {search && search !== 'looking' && 'found' in search && search.found.length === 0 && (
        <p role="status">
          Nothing answered at {search.tried.join(' or ')}. Install Ollama 0.14 or later and run{' '}
          <code>ollama pull qwen3:8b</code>, or start llama.cpp’s <code>llama-server</code> with a model; then
          press the button again.
        </p>
      )}
      {search && search !== 'looking' && 'found' in search && search.found.length > 0 && (
        <ul aria-label="Local models found">
          {search.found.map((server) => (
            <li key={server.baseUrl}>
              {server.label} at <code>{server.baseUrl}</code>:{' '}
              {server.models.length === 0
                ? 'it lists no models; pull one first.'
                : server.models.map((model) => (
                    <button
                      key={model}
                      type="button"
                      className="link"
                      onClick={() => {
                        onChoose({ baseUrl: server.baseUrl, model });
                        setSearch(null);
                      }}
                    >
                      Use {model}
                    </button>
                  ))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
