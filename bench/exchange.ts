// Times the portfolio bundle's export (build + canonical + hash), import validation and merge plan
// on generated portfolios; database writes are not part of these numbers.
import { buildBundle } from '../shared/bundle/build-bundle';
import { planMerge } from '../shared/bundle/merge-plan';
import { parseBundle } from '../shared/bundle/parse-bundle';
import { rowsFromBundle } from '../shared/bundle/rows';
import type { Curriculum } from '../shared/content/schema';
import { emptyRows } from '../shared/domain/tables';
import { portfolio } from './readiness';

async function median(run: () => Promise<unknown>, times: number): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

function bundleOptions(curriculum: Curriculum, metrics: number) {
  const input = portfolio(curriculum, 1000, metrics);
  const rows = {
    ...emptyRows(),
    progress: input.progress,
    projects: input.projects,
    milestones: input.milestones,
    evalRuns: input.evalRuns,
    metrics: input.metrics,
  };
  return {
    owner: 'Bench',
    contentVersion: curriculum.contentVersion,
    rows,
    privacy: { notes: true, resources: true, costs: true, llmAnswers: true },
  };
}

/** The text of a bundle of 1,000 projects and `metrics` metrics, for the review space in the page bench. */
export async function benchBundleText(curriculum: Curriculum, metrics = 5000): Promise<string> {
  return (await buildBundle(bundleOptions(curriculum, metrics))).text;
}

async function sizeCase(curriculum: Curriculum, metrics: number, times: number) {
  const options = bundleOptions(curriculum, metrics);
  const { text } = await buildBundle(options);
  const parsed = await parseBundle(text);
  if (!parsed.ok)
    throw new Error(
      `bench bundle did not validate: ${parsed.problems[0]?.field}: ${parsed.problems[0]?.message}`,
    );
  return {
    metrics,
    bytes: text.length,
    exportMs: await median(() => buildBundle(options), times),
    importValidateMs: await median(() => parseBundle(text), times),
    mergePlanMs: await median(
      async () => planMerge(emptyRows(), rowsFromBundle(parsed.value), { now: new Date().toISOString() }),
      times,
    ),
  };
}

export async function benchExchange(curriculum: Curriculum, times = 5) {
  return {
    normal: await sizeCase(curriculum, 5000, times),
    stress: await sizeCase(curriculum, 50000, Math.max(1, Math.floor(times / 2))),
  };
}
