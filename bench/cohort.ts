// The mentor's cohort folder at bootcamp scale, for `npm run bench`: 200 students of 20 projects each and
// one student with a legal 10,000-project bundle; the time to open the folder in the review space, to open
// the large bundle, and keystroke latency in an idea field. Reported, never asserted.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildBundle } from '../shared/bundle/build-bundle';
import { cohortInfoText, studentBundlePath } from '../shared/cohort/layout';
import type { Curriculum } from '../shared/content/schema';
import { emptyRows } from '../shared/domain/tables';
import { portfolio } from './readiness';

export const cohortStudents = 200;
export const bigStudentId = 'big-10000';

async function bundleText(curriculum: Curriculum, owner: string, projects: number, metrics: number) {
  const input = portfolio(curriculum, projects, metrics);
  const rows = {
    ...emptyRows(),
    projects: input.projects,
    milestones: input.milestones,
    evalRuns: input.evalRuns,
    metrics: input.metrics,
  };
  const privacy = { notes: false, resources: true, costs: false, llmAnswers: true };
  return (await buildBundle({ owner, contentVersion: curriculum.contentVersion, rows, privacy })).text;
}

/** Writes the cohort folder once; returns its path. */
export async function makeBenchCohortFolder(curriculum: Curriculum): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'shipready-bench-cohort-'));
  const info = {
    format: 'shipready-cohort',
    formatVersion: '1.0.0',
    name: 'Bench cohort',
    rubricVersion: curriculum.contentVersion,
  } as const;
  writeFileSync(join(folder, 'cohort.json'), cohortInfoText(info));
  const write = (id: string, text: string) => {
    const path = join(folder, ...studentBundlePath(id).split('/'));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };
  for (let i = 0; i < cohortStudents; i += 1)
    write(`student-${String(i).padStart(3, '0')}`, await bundleText(curriculum, `Student ${i}`, 20, 100));
  write(bigStudentId, await bundleText(curriculum, 'Student 10k', 10_000, 20_000));
  return folder;
}

/** Runs `act`, then resolves with the ms until `done()` holds and the frame showing it is drawn. */
function installProbe() {
  const w = window as unknown as Record<string, unknown>;
  w.cohortLatency = (act: () => void, done: () => boolean) =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const timer = setTimeout(() => reject(new Error('interaction did not finish in 30 s')), 30_000);
      const finish = () => {
        clearTimeout(timer);
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - started);
          channel.port2.postMessage(undefined);
        });
      };
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      act();
      if (done()) {
        observer.disconnect();
        finish();
      }
    });
}

async function ideaKeystrokes(page: Page, label: string, samples: number): Promise<number[]> {
  const sentence = 'Add a baseline run before the reranker, then compare recall at five. ';
  const times: number[] = [];
  for (let i = 0; i < samples + 2; i += 1) {
    const value = sentence.repeat(2).slice(0, i + 1);
    times.push(
      await page.evaluate(
        ([label, value]) => {
          const field = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`);
          if (!field) throw new Error(`no field ${label}`);
          const probe = (
            window as unknown as { cohortLatency: (a: () => void, d: () => boolean) => Promise<number> }
          ).cohortLatency;
          return probe(
            () => {
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
              field.dispatchEvent(new Event('input', { bubbles: true }));
            },
            () => field.value === value,
          );
        },
        [label, value] as const,
      ),
    );
  }
  return times.slice(2);
}

export interface CohortBench {
  openFolderMs: number[];
  openBigBundleMs: number[];
  smallIdeaKeystrokeMs: number[];
  bigIdeaKeystrokeMs: number[];
}

export async function benchCohortPage(
  context: BrowserContext,
  url: string,
  folder: string,
  runs = 5,
): Promise<CohortBench> {
  const page = await context.newPage();
  await page.addInitScript(installProbe);
  await page.goto(`${url}#/settings`);
  const card = page.getByRole('region', { name: 'Cohort folder' });
  await card.getByLabel('Cohort folder path').fill(folder);
  await card.getByRole('button', { name: 'Connect a cohort folder' }).click();
  await page.getByText(`Connected the cohort folder ${folder}.`).waitFor({ timeout: 60_000 });
  const list = page.getByRole('list', { name: 'Students in the cohort folder' });
  const heading = page.getByRole('heading', {
    name: `Cohort folder: Bench cohort (${cohortStudents + 1} students)`,
  });

  // Open: a fresh load of the review space until every student's line is known and the first are drawn.
  const openFolderMs: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${url}#/review`);
    await heading.waitFor({ timeout: 60_000 });
    await list.getByRole('listitem').first().waitFor();
    openFolderMs.push(Date.now() - started);
  }

  const openStudent = async (id: string, name: string) => {
    await page.getByRole('searchbox', { name: 'Find a student' }).fill(id);
    const started = Date.now();
    await list.getByRole('button', { name }).click();
    await page.getByRole('heading', { level: 1, name: /^Reviewing / }).waitFor({ timeout: 120_000 });
    await page.getByLabel('Idea 1 for Project 0', { exact: true }).waitFor({ timeout: 120_000 });
    return Date.now() - started;
  };
  const back = async () => {
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('button', { name: 'Review space' })
      .click();
    await heading.waitFor({ timeout: 60_000 });
  };

  await openStudent('student-007', 'Student 7 (student-007)');
  const smallIdeaKeystrokeMs = await ideaKeystrokes(page, 'Idea 1 for Project 0', 40);
  await back();
  const openBigBundleMs: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i += 1) {
    openBigBundleMs.push(await openStudent(bigStudentId, `Student 10k (${bigStudentId})`));
    if (i < Math.min(runs, 3) - 1) await back();
  }
  const bigIdeaKeystrokeMs = await ideaKeystrokes(page, 'Idea 1 for Project 0', 20);
  await page.close();
  return { openFolderMs: openFolderMs.slice(1), openBigBundleMs, smallIdeaKeystrokeMs, bigIdeaKeystrokeMs };
}
