// Checks before any request: the feature is on, and this request fits under the monthly spend cap. The
// desktop side enforces the same cap with the same check; this one explains it before the preview opens.
import type { LlmPrompt, LlmSettings } from '../../../../shared/llm/contract';
import { checkMonthlyCap, worstCaseCostUsd } from '../../../../shared/llm/pricing';
import { desktopApi } from '../../platform/desktop-api';

export type GateResult =
  | { ok: true; settings: LlmSettings }
  | { ok: false; message: string; toSettings: boolean };

export async function checkBeforeSending(prompt: LlmPrompt): Promise<GateResult> {
  const settings = await desktopApi().getLlmSettings();
  if (!settings.ok) return { ok: false, message: settings.error.message, toSettings: false };
  if (!settings.value.enabled) {
    return {
      ok: false,
      message: 'LLM feedback is off. Add an API key or a local server in Settings first.',
      toSettings: true,
    };
  }
  const { model, local, spentThisMonthUsd, monthlyCapUsd } = settings.value;
  const cap = checkMonthlyCap(spentThisMonthUsd, worstCaseCostUsd(model, prompt, local), monthlyCapUsd);
  if (!cap.ok) return { ok: false, message: cap.message, toSettings: true };
  return { ok: true, settings: settings.value };
}
