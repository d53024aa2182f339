// Test support: the Python blocks of every lesson, and a way to run Python on them with python3.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../content/compiler/load-content';
import { codeBlocks } from '../../shared/content/lint-lessons';

export const contentRoot = join(import.meta.dirname, '..', '..', 'content');
export const loaded = loadContent(contentRoot);

export interface PythonBlock {
  lessonId: string;
  index: number;
  code: string;
}

export function lessonBodies(): { lessonId: string; body: string }[] {
  return Object.values(loaded.bodies).flatMap((bodies) =>
    Object.entries(bodies).map(([lessonId, body]) => ({ lessonId, body })),
  );
}

export function pythonBlocks(): PythonBlock[] {
  return lessonBodies().flatMap(({ lessonId, body }) =>
    codeBlocks(body)
      .filter((block) => block.lang === 'python' || block.lang === 'py')
      .map((block, index) => ({ lessonId, index, code: block.code })),
  );
}

/** The one Python block of a lesson that contains `marker`; fails loudly if there is not exactly one. */
export function blockContaining(lessonId: string, marker: string): string {
  const found = pythonBlocks().filter((block) => block.lessonId === lessonId && block.code.includes(marker));
  if (found.length !== 1) throw new Error(`${lessonId}: ${found.length} Python blocks contain "${marker}"`);
  return (found[0] as PythonBlock).code;
}

/** Why Python cannot run here, or null when python3 is on the PATH. */
export function pythonMissing(): string | null {
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'python3 is not installed on this machine';
}

/** Runs a Python program in a fresh folder and returns its exit status and output. */
export function runPython(program: string, timeoutMs = 30_000) {
  const dir = mkdtempSync(join(tmpdir(), 'shipready-python-'));
  try {
    const file = join(dir, 'program.py');
    writeFileSync(file, program);
    const result = spawnSync('python3', [file], { cwd: dir, encoding: 'utf8', timeout: timeoutMs });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
