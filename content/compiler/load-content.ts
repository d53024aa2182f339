// Reads content/ from disk into a validated Curriculum; every problem names its file and field.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkCurriculum } from '../../shared/content/check-curriculum';
import {
  type Curriculum,
  capstoneSchema,
  curriculumFileSchema,
  type LessonBodies,
  type LessonMeta,
  lessonFrontMatterSchema,
  type Month,
  monthSourceSchema,
  roleSchema,
  skillsFileSchema,
} from '../../shared/content/schema';
import { describeIssues } from '../../shared/validation';

export interface LoadedContent {
  curriculum: Curriculum;
  /** Lesson Markdown by month id, then lesson id. */
  bodies: Record<string, LessonBodies>;
  problems: string[];
}

const frontMatter = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

/** The numbered questions under a lesson's "## Check yourself" heading, joined across wrapped lines. */
export function checkYourselfQuestions(body: string): string[] {
  const section = /^## Check yourself\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(body)?.[1] ?? '';
  const questions: string[] = [];
  for (const line of section.split('\n')) {
    const start = /^\d+\.\s+(.*)$/.exec(line);
    if (start?.[1]) questions.push(start[1].trim());
    else if (line.trim() && questions.length > 0) questions[questions.length - 1] += ` ${line.trim()}`;
  }
  return questions;
}

export function loadContent(root: string): LoadedContent {
  const problems: string[] = [];
  const name = (path: string) => relative(root, path);

  function read<S extends z.ZodType>(path: string, schema: S, raw?: unknown): z.infer<S> | undefined {
    let data: unknown = raw;
    try {
      if (raw === undefined) data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(`${name(path)}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      return undefined;
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      problems.push(`${name(path)}: ${describeIssues(result.error, 10)}`);
      return undefined;
    }
    return result.data;
  }

  const file = (...parts: string[]) => join(root, ...parts);
  const curriculumFile = read(file('curriculum.yaml'), curriculumFileSchema);
  const skillsFile = read(file('skills.yaml'), skillsFileSchema);
  const capstones = read(
    file('capstones.yaml'),
    z.strictObject({ capstones: capstoneSchema.array().min(1) }),
  );
  const roles = read(file('roles.yaml'), z.strictObject({ roles: roleSchema.array().min(1) }));

  const months: Month[] = [];
  const bodies: Record<string, LessonBodies> = {};
  const monthDirs = readdirSync(file('months'))
    .filter((dir) => /^m\d+$/.test(dir))
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  for (const dir of monthDirs) {
    const month = read(file('months', dir, 'month.yaml'), monthSourceSchema);
    if (!month) continue;
    const lessons: LessonMeta[] = [];
    const monthBodies: LessonBodies = {};
    const lessonDir = file('months', dir, 'lessons');
    for (const lessonFile of readdirSync(lessonDir)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const path = join(lessonDir, lessonFile);
      const match = frontMatter.exec(readFileSync(path, 'utf8'));
      if (!match?.[1] || match[2] === undefined) {
        problems.push(`${name(path)}: no front matter between --- lines at the top`);
        continue;
      }
      let data: unknown;
      try {
        data = parse(match[1]);
      } catch (error) {
        problems.push(
          `${name(path)}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`,
        );
        continue;
      }
      const meta = read(path, lessonFrontMatterSchema, data);
      if (!meta) continue;
      if (/<[a-z!/][^>]*>/i.test(match[2].replace(/```[\s\S]*?```|`[^`\n]*`/g, ''))) {
        problems.push(`${name(path)}: raw HTML is not allowed in lessons`);
      }
      const asked = checkYourselfQuestions(match[2]);
      if (asked.length !== meta.answerPoints.length) {
        problems.push(
          `${name(path)}: answerPoints has ${meta.answerPoints.length} list(s) for ${asked.length} question(s) under "## Check yourself"`,
        );
      }
      const { answerPoints, ...rest } = meta;
      const week = month.weeks.find((w) => w.lessons.includes(meta.id));
      lessons.push({
        ...rest,
        questions: asked.map((question, i) => ({ question, answerPoints: answerPoints[i] ?? [] })),
        monthId: month.id,
        weekId: week?.id ?? '',
        order: week ? week.lessons.indexOf(meta.id) : 0,
      });
      monthBodies[meta.id] = match[2].trim();
    }
    lessons.sort((a, b) => a.weekId.localeCompare(b.weekId) || a.order - b.order);
    months.push({ ...month, lessons });
    bodies[month.id] = monthBodies;
  }

  const curriculum: Curriculum = {
    contentVersion: curriculumFile?.contentVersion ?? 0,
    plan: curriculumFile?.plan ?? { hoursPerWeek: 1 },
    idMap: curriculumFile?.idMap ?? [],
    changelog: curriculumFile?.changelog ?? [],
    layers: skillsFile?.layers ?? [],
    skills: skillsFile?.skills ?? [],
    months,
    capstones: capstones?.capstones ?? [],
    roles: roles?.roles ?? [],
  };
  if (problems.length === 0) problems.push(...checkCurriculum(curriculum));
  return { curriculum, bodies, problems };
}
