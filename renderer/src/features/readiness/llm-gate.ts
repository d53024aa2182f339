// Checks before any request: the feature is on, and this request fits under the monthly spend cap.
import { isLocalBaseUrl, type LlmRequest } from '../../../../shared/llm/contract';
import { estimateCostUsd, spentThisMonth } from '../../../../shared/llm/pricing';
import type { ShipReadyDatabase } from '../../db/database';
import { desktopApi } from '../../platform/desktop-api';

export async function checkBeforeSending(
  db: ShipReadyDatabase,
  request: LlmRequest,
): Promise<{ ok: true } | { ok: false; message: string; toSettings: boolean }> {
  const settings = await desktopApi().getLlmSettings();
  if (!settings.ok) return { ok: false, message: settings.error.message, toSettings: false };
  if (!settings.value.enabled) {
    return {
      ok: false,
      message: 'LLM feedback is off. Add an API key or a local server in Settings first.',
      toSettings: true,
    };
  }
  const local = isLocalBaseUrl(settings.value.baseUrl);
  // Roughly four characters a token; the answer is priced at its maximum length.
  const worstCase = estimateCostUsd(
    settings.value.model,
    Math.ceil((request.system.length + request.user.length) / 4),
    request.maxTokens,
    local,
  );
  const spent = spentThisMonth(await db.feedback.toArray(), new Date().toISOString());
  if (spent + worstCase > settings.value.monthlyCapUsd) {
    return {
      ok: false,
      message: `This could take spending this month to $${(spent + worstCase).toFixed(2)}, above your cap of $${settings.value.monthlyCapUsd.toFixed(2)}. Raise the cap in Settings or wait for next month.`,
      toSettings: true,
    };
  }
  return { ok: true };
}
