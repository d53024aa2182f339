// One LLM task from button to stored answer, the same for every task shape: gate (on, under the cap),
// preview (exactly what will be sent, and where), send, parse against the task's schema, price (the
// desktop side's figure) and save. A failure, a cancel or a malformed answer leaves the task ready to
// try again on the same page; a second click while a request runs is ignored.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { parseModelJson } from '../../../../shared/llm/answers';
import type { LlmPrompt, LlmSettings, LlmTaskKind } from '../../../../shared/llm/contract';
import { EvidenceTooLargeError, largerTokenLimit } from '../../../../shared/llm/prompts';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { cachedFeedback, saveFeedback } from '../../db/repositories/feedback';
import { checkBeforeSending } from './llm-gate';
import { answerNote } from './llm-task-note';
import { hashRequest, isInFlight, type LlmState, useLlmRequest } from './use-llm-request';

export interface LlmTaskOptions<T> {
  kind: LlmTaskKind;
  /** The exact request, built from what is on screen when the person asks. */
  build: () => LlmPrompt;
  schema: z.ZodType<T>;
  /** Reuse a stored answer to the very same request instead of sending it again. */
  reuseStored?: boolean;
  /** What is stored for a validated answer; the answer itself unless given. Captured when sent. */
  toStored?: (answer: T) => unknown;
  /** Called once the answer is stored. Captured when sent. */
  onSaved?: (answer: T) => void;
}

export type LlmTaskStep<T> =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'blocked'; message: string; toSettings: boolean }
  | { step: 'preview'; prompt: LlmPrompt; settings: LlmSettings }
  | { step: 'request' }
  | { step: 'saving' }
  | { step: 'rejected'; message: string }
  | { step: 'answered'; answer: T; note: string };

interface Sent<T> {
  prompt: LlmPrompt;
  hash: string;
  settings: LlmSettings;
  toStored: (answer: T) => unknown;
  onSaved: (answer: T) => void;
}

export function useLlmTask<T>(options: LlmTaskOptions<T>) {
  const db = useDatabase();
  const llm = useLlmRequest();
  const [step, setStep] = useState<LlmTaskStep<T>>({ step: 'idle' });
  const latest = useRef(options);
  latest.current = options;
  // Set synchronously on the first click, so a second click in the same moment is ignored.
  const busy = useRef(false);
  const sent = useRef<Sent<T> | null>(null);
  const handled = useRef<LlmState | null>(null);

  const preparePrompt = useCallback(
    async (prompt: LlmPrompt) => {
      const hash = await hashRequest(prompt);
      if (latest.current.reuseStored) {
        const stored = await cachedFeedback(db, hash);
        const parsed = stored && latest.current.schema.safeParse(stored.answer);
        if (stored && parsed?.success) {
          return setStep({
            step: 'answered',
            answer: parsed.data,
            note: `Your evidence has not changed since ${stored.createdAt.slice(0, 10)}: this is the stored answer; nothing was sent.`,
          });
        }
      }
      const gate = await checkBeforeSending(prompt);
      if (!gate.ok) return setStep({ step: 'blocked', message: gate.message, toSettings: gate.toSettings });
      setStep({ step: 'preview', prompt, settings: gate.settings });
    },
    [db],
  );

  const run = useCallback(
    async (work: () => Promise<void>) => {
      if (busy.current || isInFlight(llm.state)) return;
      busy.current = true;
      try {
        await work();
      } catch (error) {
        setStep({
          step: 'rejected',
          message: error instanceof EvidenceTooLargeError ? error.message : describeDatabaseError(error),
        });
      } finally {
        busy.current = false;
      }
    },
    [llm.state],
  );

  /** Gate and preview; nothing is sent until the person presses Send in the preview. */
  const prepare = useCallback(
    () =>
      run(async () => {
        setStep({ step: 'checking' });
        await preparePrompt(latest.current.build());
      }),
    [run, preparePrompt],
  );

  const send = useCallback(async () => {
    if (step.step !== 'preview' || busy.current) return;
    busy.current = true;
    const { prompt, settings } = step;
    sent.current = {
      prompt,
      settings,
      hash: await hashRequest(prompt),
      toStored: latest.current.toStored ?? ((answer) => answer),
      onSaved: latest.current.onSaved ?? (() => {}),
    };
    setStep({ step: 'request' });
    try {
      await llm.send(prompt);
    } finally {
      busy.current = false;
    }
  }, [step, llm]);

  /** After an answer was cut off: the same request with a larger limit, previewed again. */
  const retryWithLargerLimit = useCallback(() => {
    const previous = sent.current?.prompt;
    const larger = previous && largerTokenLimit(previous.maxTokens);
    if (!previous || !larger) return;
    void run(() => preparePrompt({ ...previous, maxTokens: larger }));
  }, [run, preparePrompt]);

  // A complete answer: validate it, then store it with the desktop side's price. Once per answer.
  const { state } = llm;
  useEffect(() => {
    const current = sent.current;
    if (state.phase !== 'done' || handled.current === state || !current) return;
    handled.current = state;
    const parsed = parseModelJson(state.text, latest.current.schema);
    if (!parsed.ok) {
      setStep({ step: 'rejected', message: `${parsed.reason} Nothing was saved.` });
      return;
    }
    setStep({ step: 'saving' });
    saveFeedback(db, {
      kind: latest.current.kind,
      inputHash: current.hash,
      model: state.model,
      inputTokens: state.inputTokens ?? 0,
      outputTokens: state.outputTokens ?? 0,
      estimatedCostUsd: state.costUsd,
      answer: current.toStored(parsed.value),
    }).then(
      () => {
        setStep({ step: 'answered', answer: parsed.value, note: answerNote(state, current.settings) });
        current.onSaved(parsed.value);
      },
      (error: unknown) => setStep({ step: 'rejected', message: describeDatabaseError(error) }),
    );
  }, [state, db]);

  const cancelPreview = useCallback(() => setStep({ step: 'idle' }), []);
  const reset = useCallback(() => {
    if (isInFlight(llm.state)) llm.cancel();
    llm.reset();
    setStep({ step: 'idle' });
  }, [llm]);

  return {
    step,
    request: llm.state,
    running: isInFlight(llm.state) || step.step === 'checking' || step.step === 'saving',
    prepare,
    send,
    cancel: llm.cancel,
    cancelPreview,
    retryWithLargerLimit,
    reset,
  };
}

export type LlmTask = ReturnType<typeof useLlmTask>;
