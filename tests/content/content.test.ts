// Validates every content file and the promises the curriculum makes to a learner.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLock, readLock } from '../../content/compiler/id-lock';
import { loadContent } from '../../content/compiler/load-content';
import { planTotals, weekHours } from '../../shared/content/plan-hours';

const contentRoot = join(import.meta.dirname, '..', '..', 'content');
const { curriculum, bodies, problems } = loadContent(contentRoot);
const lessons = curriculum.months.flatMap((month) => month.lessons);

describe('the curriculum content', () => {
  it('validates with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('keeps every published id, against the committed ids.lock.json', () => {
    expect(checkLock(curriculum, readLock(contentRoot))).toEqual([]);
  });

  it('holds at least 6 months, 24 weeks, 60 lessons, 3 capstones and 4 role profiles', () => {
    expect(curriculum.months.length).toBeGreaterThanOrEqual(6);
    expect(curriculum.months.flatMap((month) => month.weeks).length).toBeGreaterThanOrEqual(24);
    expect(lessons.length).toBeGreaterThanOrEqual(60);
    expect(curriculum.capstones).toHaveLength(3);
    expect(curriculum.roles).toHaveLength(4);
  });

  it('covers the three layers and gives every skill at least two self-check questions', () => {
    expect(curriculum.layers.map((layer) => layer.id).sort()).toEqual([
      'advanced',
      'foundation',
      'infrastructure',
    ]);
    for (const skill of curriculum.skills) expect(skill.selfCheck.length, skill.id).toBeGreaterThanOrEqual(2);
  });

  it('trains every skill with at least one lesson, and maps every lesson to a known skill', () => {
    const skillIds = new Set(curriculum.skills.map((skill) => skill.id));
    for (const lesson of lessons) {
      expect(lesson.skills.length, lesson.id).toBeGreaterThan(0);
      for (const skill of lesson.skills) expect(skillIds.has(skill), `${lesson.id} → ${skill}`).toBe(true);
    }
    const taught = new Set(lessons.flatMap((lesson) => lesson.skills));
    for (const skill of skillIds) expect(taught.has(skill), skill).toBe(true);
  });

  it('gives every month one milestone with checkable acceptance criteria', () => {
    for (const month of curriculum.months) {
      expect(month.milestone.acceptanceCriteria.length, month.id).toBeGreaterThanOrEqual(3);
      const study = month.weeks.filter((week) => week.kind === 'study').map((week) => week.number);
      expect(study, month.id).toEqual([1, 2, 3, 4]);
    }
  });

  it('writes every lesson as a study text with the same five sections', () => {
    for (const lesson of lessons) {
      const body = bodies[lesson.monthId]?.[lesson.id] ?? '';
      for (const heading of [
        '## Concepts',
        '## Why it matters in production',
        '## Common failure modes',
        '## Check yourself',
      ]) {
        expect(body, `${lesson.id} lacks ${heading}`).toContain(heading);
      }
      expect(
        /## (Worked example|Exercise)/.test(body),
        `${lesson.id} lacks a worked example or exercise`,
      ).toBe(true);
      expect(body.split(/\s+/).length, lesson.id).toBeGreaterThan(500);
    }
  });
});

describe('broken content is refused with a message naming the file and field', () => {
  function withChange(change: (root: string) => void) {
    const root = mkdtempSync(join(tmpdir(), 'shipready-content-'));
    cpSync(contentRoot, root, { recursive: true });
    try {
      change(root);
      return loadContent(root).problems;
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const firstLesson = (root: string) =>
    join(root, 'months', 'm1', 'lessons', '01-async-python-for-llm-calls.md');

  it('names a missing title', () => {
    const found = withChange((root) => {
      const path = firstLesson(root);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: .*$/m, ''));
    });
    expect(found.join('\n')).toMatch(/01-async-python-for-llm-calls\.md: title/);
  });

  it('names broken YAML', () => {
    const found = withChange((root) => writeFileSync(join(root, 'roles.yaml'), 'roles: [unclosed'));
    expect(found.join('\n')).toMatch(/roles\.yaml: not valid YAML/);
  });

  it('refuses raw HTML in a lesson', () => {
    const found = withChange((root) => {
      const path = firstLesson(root);
      writeFileSync(path, `${readFileSync(path, 'utf8')}\n<script>alert(1)</script>\n`);
    });
    expect(found.join('\n')).toMatch(/raw HTML/);
  });

  it('refuses an unknown skill and a lesson left out of every week', () => {
    const found = withChange((root) => {
      const path = firstLesson(root);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^skills: .*$/m, 'skills: [juggling]'));
      writeFileSync(
        join(root, 'months', 'm1', 'lessons', '99-stray.md'),
        readFileSync(path, 'utf8').replace(/^id: .*$/m, 'id: m1-stray'),
      );
    });
    expect(found.join('\n')).toContain('unknown skill "juggling"');
    expect(found.join('\n')).toContain('m1-stray: must appear in exactly one week');
  });

  it('refuses an id that disappeared without an idMap entry', () => {
    const root = mkdtempSync(join(tmpdir(), 'shipready-content-'));
    cpSync(contentRoot, root, { recursive: true });
    rmSync(join(root, 'months', 'm2', 'lessons', '05-hnsw-vs-ivf.md'));
    writeFileSync(
      join(root, 'months', 'm2', 'month.yaml'),
      readFileSync(join(root, 'months', 'm2', 'month.yaml'), 'utf8').replace(', m2-hnsw-vs-ivf', ''),
    );
    const loaded = loadContent(root);
    expect(checkLock(loaded.curriculum, readLock(root)).join('\n')).toContain(
      '"m2-hnsw-vs-ivf" was published and is gone',
    );
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses answer points that do not match the questions', () => {
    const found = withChange((root) => {
      const path = firstLesson(root);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n3\. [^\n]+/, ''));
    });
    expect(found.join('\n')).toMatch(/answerPoints has 3 list\(s\) for 2 question\(s\)/);
  });

  it('refuses a week that asks for more than 15 hours', () => {
    const found = withChange((root) => {
      const path = join(root, 'months', 'm1', 'month.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('estimateHours: 6', 'estimateHours: 14'));
    });
    expect(found.join('\n')).toMatch(/no week may hold more than 15 h/);
  });

  it('refuses a capstone whose hours are not scheduled', () => {
    const found = withChange((root) => {
      const path = join(root, 'capstones.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('estimateHours: 10', 'estimateHours: 30'));
    });
    expect(found.join('\n')).toContain('capstone-rag: 30 h estimated but 10 h scheduled');
  });
});

describe('content version 2', () => {
  it('maps every id it retired and lists what changed', () => {
    expect(curriculum.contentVersion).toBe(2);
    expect(curriculum.idMap.map((entry) => `${entry.kind}:${entry.from.join()}>${entry.to.join()}`)).toEqual([
      'merged:m1-embeddings-semantic-search>m2-embeddings-in-practice',
      'merged:m3-agent-safety>m6-prompt-injection-and-compliance',
      'moved:m1-t-tiny-semantic-search>m2-t-tiny-semantic-search',
    ]);
  });

  it('gives every end-of-lesson question its answer points, and asks no question twice', () => {
    const questions = lessons.flatMap((lesson) => lesson.questions);
    expect(questions.length).toBeGreaterThanOrEqual(198);
    for (const lesson of lessons)
      for (const q of lesson.questions)
        expect(q.answerPoints.length, `${lesson.id}: ${q.question}`).toBeGreaterThan(1);
    const texts = questions.map((q) => q.question.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('plans every week at 15 hours or less, capstones and buffer weeks included, at the stated pace', () => {
    const weeks = weekHours(curriculum);
    for (const week of weeks) expect(week.hours, week.weekId).toBeLessThanOrEqual(15);
    expect(weeks.filter((week) => week.kind === 'buffer').length).toBeGreaterThanOrEqual(3);
    const total = planTotals(curriculum);
    expect(total.hours / total.weeks).toBeLessThanOrEqual(curriculum.plan.hoursPerWeek + 0.5);
    for (const capstone of curriculum.capstones) expect(capstone.estimateHours).toBeGreaterThan(0);
  });

  it('opens month 1 with a week 0', () => {
    expect(curriculum.months[0]?.weeks[0]).toMatchObject({ number: 0, kind: 'orientation' });
  });
});
