// From what the worker read to what the preview shows: a plan per recognised file and a sentence per refused
// one, naming the file and the problem in the tool's own words.
import {
  type EvalImportPlan,
  type PlanOptions,
  planEvalRows,
} from '../../../../../shared/eval-import/to-rows';
import type { FileOutcome } from './worker-messages';

export interface RefusedFile {
  name: string;
  sentence: string;
}

/** Files already imported into this project, by sha256: when, and how many runs they gave. */
export type KnownSources = ReadonlyMap<string, { importedAt: string; runs: number }>;

/** The warning for a file whose exact bytes were imported before; importing is still allowed. */
export function alreadyImportedSentence(
  fileName: string,
  known: { importedAt: string; runs: number },
): string {
  const runs = `${known.runs} run${known.runs === 1 ? '' : 's'}`;
  return `${fileName} was already imported on ${known.importedAt.slice(0, 10)} (${runs}); importing it again adds its runs a second time.`;
}

export function knownSourcesOf(
  runs: readonly { source?: { sha256: string; importedAt: string } | undefined }[],
): KnownSources {
  const known = new Map<string, { importedAt: string; runs: number }>();
  for (const { source } of runs) {
    if (!source) continue;
    const seen = known.get(source.sha256);
    known.set(source.sha256, {
      importedAt: seen?.importedAt ?? source.importedAt,
      runs: (seen?.runs ?? 0) + 1,
    });
  }
  return known;
}

export interface FilesPlan {
  plans: EvalImportPlan[];
  refused: RefusedFile[];
  runCount: number;
  metricCount: number;
}

/** `results.json was not imported: the file is empty.`; several problems are joined, each with its field. */
export function refusalSentence(name: string, problems: { field: string; message: string }[]): string {
  if (problems.length === 0) return `${name} was not imported: no eval tool's results were found in it.`;
  // The field is named only where the sentence does not already say where the problem is.
  const parts = problems
    .slice(0, 5)
    .map((p) =>
      p.field === 'file' || p.field === 'header' || p.message.includes(p.field)
        ? p.message
        : `${p.field}: ${p.message}`,
    );
  return `${name} was not imported: ${parts.join(' ')}`;
}

export function planFiles(outcomes: FileOutcome[], options: PlanOptions): FilesPlan {
  const plans: EvalImportPlan[] = [];
  const refused: RefusedFile[] = [];
  for (const outcome of outcomes) {
    if (!outcome.result.ok) {
      refused.push({ name: outcome.name, sentence: refusalSentence(outcome.name, outcome.result.problems) });
      continue;
    }
    const plan = planEvalRows(outcome.result.value, options);
    if (plan.runs.length === 0) {
      refused.push({
        name: outcome.name,
        sentence: `${outcome.name} was not imported: it holds no run with a measured metric.`,
      });
    }
    plans.push(plan);
  }
  const runs = plans.flatMap((plan) => plan.runs);
  return {
    plans,
    refused,
    runCount: runs.length,
    metricCount: runs.reduce((sum, run) => sum + run.metrics.length, 0),
  };
}
