// A cohort folder carried by real git: a bare repository on disk, a student's clone and a mentor's clone,
// each driven through its own browser-edition host and data folder.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildBundle } from '../../shared/bundle/build-bundle';
import { cohortGitignore, cohortInfoText, cohortReadme, studentBundlePath } from '../../shared/cohort/layout';
import { allIncluded, sampleRows } from '../fixtures/bundles/bundle-rows';
import { startBrowserEdition } from './fixtures/launch';
import { test } from './fixtures/test';
import { CohortPage } from './pages/cohort-page';
import { PortfolioPage } from './pages/portfolio-page';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

function clone(root: string, name: string): string {
  git(root, 'clone', '--quiet', join(root, 'cohort.git'), name);
  const dir = join(root, name);
  git(dir, 'config', 'user.name', name);
  git(dir, 'config', 'user.email', `${name}@example.org`);
  return dir;
}

/**
 * The sample portfolio with its shipped project out of the archive. By hand, from the sample: Bo (as is) has
 * 0 shipped projects (the one shipped is archived), 2 eval runs and a best recall@k of 0.7; Cy has 1 shipped
 * and the same 2 runs.
 */
function shippedSample() {
  const rows = sampleRows();
  return { ...rows, projects: rows.projects.map(({ archivedAt: _, ...project }) => project) };
}

/** The bootcamp's one-time setup, and two classmates who publish from their own machines. */
async function cohortRepository(root: string) {
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', 'cohort.git');
  const bootcamp = clone(root, 'bootcamp');
  const info = {
    format: 'shipready-cohort',
    formatVersion: '1.0.0',
    name: 'Fall 2026',
    rubricVersion: 2,
  } as const;
  await writeFile(join(bootcamp, 'cohort.json'), cohortInfoText(info));
  await writeFile(join(bootcamp, 'COHORT.md'), cohortReadme(info));
  await writeFile(join(bootcamp, '.gitignore'), cohortGitignore);
  for (const [id, owner, rows] of [
    ['bo-02', 'Bo', sampleRows()],
    ['cy-03', 'Cy', shippedSample()],
  ] as const) {
    const { text } = await buildBundle({ owner, contentVersion: 2, rows, privacy: allIncluded });
    execFileSync('mkdir', ['-p', join(bootcamp, 'students', id)]);
    await writeFile(join(bootcamp, ...studentBundlePath(id).split('/')), text);
  }
  git(bootcamp, 'add', '--all');
  git(bootcamp, 'commit', '--quiet', '-m', 'Set up the cohort; Bo and Cy publish');
  git(bootcamp, 'push', '--quiet', 'origin', 'main');
  return { bootcamp, student: clone(root, 'student'), mentor: clone(root, 'mentor') };
}

test('the student publishes and pushes, the mentor reviews three students, the student sees the review; a conflict is shown, not merged', async ({
  browser,
  skip,
}) => {
  if (!browser) return skip('The cohort spec drives two browser-edition hosts; it runs in Chromium only.');
  const root = await mkdtemp(join(tmpdir(), 'shipready-cohort-e2e-'));
  const folders = await cohortRepository(root);
  const studentApp = await startBrowserEdition(browser);
  const mentorApp = await startBrowserEdition(browser);
  try {
    const student = new CohortPage(studentApp.page);
    const mentor = new CohortPage(mentorApp.page);
    await student.shell.waitReady();
    await mentor.shell.waitReady();

    // The student: a project, the cohort folder connected by its path, an id chosen once, published.
    await student.shell.open('Portfolio');
    await new PortfolioPage(studentApp.page).startFrom(/^Capstone: .*RAG/i);
    await student.connect(folders.student);
    await student.chooseId('student', 'ana-01');
    await student.card().getByLabel('Your name, as a mentor will see it').fill('Ana');
    await student.card().getByRole('button', { name: 'Publish to cohort' }).click();
    await student.notice('Published to the cohort folder as students/ana-01/bundle.json.');
    await expect.poll(() => student.gitStatus()).toMatch(/1 change not committed/);
    await student.card().getByLabel('Commit message').fill('Ana publishes');
    await student.git('Commit', /^Committed\.$/);
    await student.git('Push', /^Pushed to the remote\.$/);
    expect(git(folders.bootcamp, 'ls-remote', 'origin', 'main')).toContain(
      git(folders.student, 'rev-parse', 'HEAD').trim(),
    );

    // The mentor: pulls, sees three students, reviews each into the folder, commits and pushes.
    await mentor.connect(folders.mentor);
    await mentor.git('Pull', /^Pulled from the remote\.$/);
    await mentor.shell.open('Review');
    await mentor.chooseId('mentor', 'linus');
    await expect.poll(() => mentor.students().getByRole('listitem').count()).toBe(3);

    // The cohort table reads every student of the folder (none opened yet), with the hand-counted figures.
    await mentor.compareFolderStudents(3);
    expect(await mentor.cohortTable().locator('tbody tr').count()).toBe(3);
    expect(await mentorApp.page.locator('.lede').textContent()).toContain(folders.mentor);
    expect([
      await mentor.cohortCell('bo-02', 'Shipped projects'),
      await mentor.cohortCell('bo-02', 'Eval runs'),
      await mentor.cohortCell('bo-02', 'Best recall@k'),
      await mentor.cohortCell('cy-03', 'Shipped projects'),
      await mentor.cohortCell('cy-03', 'Eval runs'),
      await mentor.cohortCell('ana-01', 'Eval runs'),
    ]).toEqual(['0', '2', '0.7', '1', '2', '0']);
    await mentor.cohortTable().getByRole('button', { name: 'Cy', exact: true }).click();
    await mentorApp.page.getByRole('heading', { level: 1, name: 'Reviewing Cy' }).waitFor();
    await mentorApp.page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('button', { name: 'Review space' })
      .click();
    for (const name of ['Ana (ana-01)', 'Bo (bo-02)', 'Cy (cy-03)']) {
      await mentor.students().getByRole('button', { name }).click();
      await mentorApp.page.getByRole('heading', { level: 1, name: /^Reviewing / }).waitFor();
      await mentorApp.page
        .getByLabel('Summary for the student')
        .fill(`Notes for ${name}: measure before you tune.`);
      await mentorApp.page.getByLabel('Your name').fill('Linus');
      // The verdict starts unchosen (issue 15); the mentor picks one.
      await mentorApp.page
        .getByRole('combobox', { name: 'Overall', exact: true })
        .selectOption('Almost: one or two gaps');
      await mentorApp.page.getByRole('button', { name: 'Write the review to the cohort folder' }).click();
      await mentor.notice(/Review written to the cohort folder as reviews\/linus\//);
      await mentorApp.page
        .getByRole('navigation', { name: 'Breadcrumbs' })
        .getByRole('button', { name: 'Review space' })
        .click();
    }
    await expect
      .poll(() =>
        mentor
          .students()
          .getByText(/1 review round \(Linus\)/)
          .count(),
      )
      .toBe(3);
    await mentor.shell.open('Settings');
    await mentor.card().getByLabel('Commit message').fill('Linus reviews three students');
    await mentor.git('Commit', /^Committed\.$/);
    await mentor.git('Push', /^Pushed to the remote\.$/);

    // The student: pulls, is offered the review (checked against the bundle published), imports it.
    await student.git('Pull', /^Pulled from the remote\.$/);
    await student.card().getByRole('button', { name: 'Import the review from Linus' }).click();
    await student.notice(/Review from Linus imported/);
    await student.shell.open('Review');
    await studentApp.page.getByRole('list', { name: 'Reviews received' }).getByText('Linus').waitFor();

    // A conflicting edit: Ana's other computer publishes a different bundle while this one republishes.
    const laptop = clone(root, 'laptop');
    const { text: other } = await buildBundle({
      owner: 'Ana',
      contentVersion: 2,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    await writeFile(join(laptop, ...studentBundlePath('ana-01').split('/')), other);
    git(laptop, 'commit', '--quiet', '--all', '-m', 'Ana publishes from her laptop');
    git(laptop, 'push', '--quiet');
    await student.shell.open('Settings');
    await student.card().getByRole('checkbox', { name: 'Private notes' }).check();
    await student.card().getByRole('button', { name: 'Publish to cohort' }).click();
    await student.notice('Published to the cohort folder as students/ana-01/bundle.json.');
    await student.card().getByLabel('Commit message').fill('Ana publishes again');
    await student.git('Commit', /^Committed\.$/);
    await student.git('Pull', /in conflict; nothing was merged/);
    const conflict = student
      .conflicts()
      .getByRole('listitem')
      .filter({ hasText: 'students/ana-01/bundle.json' });
    await conflict.waitFor();
    expect(await conflict.getByRole('figure').count()).toBe(2);
    expect(await conflict.textContent()).toContain('git merge conflict');
    // Nothing merged: git's markers are still in the file, and the bundle is not offered for review.
    const onDisk = await readFile(join(folders.student, 'students', 'ana-01', 'bundle.json'), 'utf8');
    expect(onDisk).toMatch(/^<{7} /m);
    expect(onDisk).toMatch(/^>{7} /m);
  } finally {
    await studentApp.close();
    await mentorApp.close();
    await rm(root, { recursive: true, force: true });
  }
}, 120_000);
