// The Settings page's first line: where the person's data is, including where LLM requests go.
import type { LlmSettings } from '../../../../shared/llm/contract';
import { useAppStore } from '../../store/app-store';
import { useLlmSettings } from './use-llm-settings';

export function ledeFor(settings: Pick<LlmSettings, 'enabled' | 'local' | 'destination'> | null): string {
  if (!settings?.enabled || settings.local) return 'Your data stays on this machine.';
  return `Your data stays on this machine, except the LLM requests you confirm: those are sent to ${settings.destination}.`;
}

export function SettingsLede() {
  const notify = useAppStore((state) => state.notify);
  const settings = useLlmSettings((message) => notify('error', message));
  return <p className="lede">{ledeFor(settings)}</p>;
}
