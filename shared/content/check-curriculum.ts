// Checks what a schema cannot: ids unique and resolvable, every skill taught, every lesson placed once.
import { metricKeys } from '../metrics/catalog';
import { weekHours } from './plan-hours';
import type { Criterion, Curriculum, Month } from './schema';

/** The most a single week may ask for; the plan's pace sits at or under it. */
export const maxWeekHours = 15;

export function allContentIds(curriculum: Curriculum): string[] {
  const ids: string[] = [];
  for (const skill of curriculum.skills) ids.push(skill.id, ...skill.selfCheck.map((q) => q.id));
  for (const month of curriculum.months) {
    ids.push(month.id, month.milestone.id, ...month.milestone.acceptanceCriteria.map((c) => c.id));
    ids.push(
      ...month.weeks.map((w) => w.id),
      ...month.tasks.map((t) => t.id),
      ...month.lessons.map((l) => l.id),
    );
  }
  for (const capstone of curriculum.capstones) {
    ids.push(
      capstone.id,
      ...capstone.acceptanceCriteria.map((c) => c.id),
      ...capstone.rubric.map((r) => r.id),
    );
  }
  ids.push(...curriculum.roles.map((r) => r.id));
  return ids;
}

function checkWeeks(month: Month, first: boolean, problems: string[]) {
  const numbers = month.weeks.map((week) => week.number);
  const start = numbers[0] ?? 1;
  if (start !== (first && month.weeks[0]?.kind === 'orientation' ? 0 : 1))
    problems.push(`${month.id}: weeks start at ${start}; only month 1 opens with an orientation week 0`);
  numbers.forEach((n, i) => {
    if (n !== start + i) problems.push(`${month.id}: week numbers must run in order (${numbers.join(', ')})`);
  });
  const study = month.weeks.filter((week) => week.kind === 'study');
  if (study.length !== 4) problems.push(`${month.id}: has ${study.length} study weeks; a month has four`);
  for (const week of month.weeks) {
    if (week.kind !== 'buffer' && week.lessons.length === 0)
      problems.push(`${week.id}: a ${week.kind} week needs at least one lesson`);
    if (week.kind === 'orientation' && week.number !== 0)
      problems.push(`${week.id}: the orientation week is week 0`);
    if (week.slackHours !== undefined && week.kind !== 'buffer')
      problems.push(`${week.id}: only a buffer week holds slack hours`);
  }
}

function checkCriteria(where: string, criteria: Criterion[], problems: string[]) {
  for (const criterion of criteria) {
    if (criterion.metric && !metricKeys.includes(criterion.metric.key)) {
      problems.push(
        `${where} ${criterion.id}: metric "${criterion.metric.key}" is not in the metric catalog`,
      );
    }
  }
}

export function checkCurriculum(curriculum: Curriculum): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const id of allContentIds(curriculum)) {
    if (seen.has(id)) problems.push(`id "${id}" is used more than once`);
    seen.add(id);
  }
  const skillIds = new Set(curriculum.skills.map((skill) => skill.id));
  const needSkill = (where: string, id: string) => {
    if (!skillIds.has(id)) problems.push(`${where}: unknown skill "${id}"`);
  };
  const taught = new Set<string>();
  curriculum.months.forEach((month, index) => {
    checkWeeks(month, index === 0, problems);
  });
  for (const week of weekHours(curriculum)) {
    if (week.hours > maxWeekHours + 1e-9)
      problems.push(
        `${week.weekId}: asks for ${week.hours.toFixed(1)} h; no week may hold more than ${maxWeekHours} h`,
      );
  }
  if (curriculum.plan.hoursPerWeek > maxWeekHours)
    problems.push(
      `plan: ${curriculum.plan.hoursPerWeek} h a week is above the ${maxWeekHours} h a week may hold`,
    );
  const questionOwners = new Map<string, string>();
  for (const lesson of curriculum.months.flatMap((month) => month.lessons)) {
    if (lesson.questions.length === 0) problems.push(`${lesson.id}: no questions under "## Check yourself"`);
    for (const { question } of lesson.questions) {
      const key = question
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      const owner = questionOwners.get(key);
      if (owner) problems.push(`${lesson.id}: the question "${question}" is already asked in ${owner}`);
      questionOwners.set(key, lesson.id);
    }
  }
  const capstoneTasks = new Map<string, number>();
  for (const month of curriculum.months) {
    const lessonIds = new Set(month.lessons.map((lesson) => lesson.id));
    const taskIds = new Set(month.tasks.map((task) => task.id));
    const placed = new Map<string, number>();
    for (const week of month.weeks) {
      for (const id of week.lessons) {
        if (!lessonIds.has(id)) problems.push(`${month.id} ${week.id}: lesson "${id}" does not exist`);
        placed.set(id, (placed.get(id) ?? 0) + 1);
      }
      for (const id of week.tasks)
        if (!taskIds.has(id)) problems.push(`${month.id} ${week.id}: task "${id}" does not exist`);
    }
    for (const lesson of month.lessons) {
      if (placed.get(lesson.id) !== 1)
        problems.push(`${lesson.id}: must appear in exactly one week of ${month.id}`);
      for (const skill of lesson.skills) {
        needSkill(lesson.id, skill);
        taught.add(skill);
      }
    }
    for (const task of month.tasks) {
      for (const skill of task.skills) needSkill(task.id, skill);
      if (task.capstone)
        capstoneTasks.set(task.capstone, (capstoneTasks.get(task.capstone) ?? 0) + task.estimateHours);
    }
    checkCriteria(month.id, month.milestone.acceptanceCriteria, problems);
  }
  for (const skill of curriculum.skills) {
    if (!taught.has(skill.id)) problems.push(`skill "${skill.id}" is not trained by any lesson`);
  }
  for (const capstone of curriculum.capstones) {
    for (const skill of capstone.skills) needSkill(capstone.id, skill);
    checkCriteria(capstone.id, capstone.acceptanceCriteria, problems);
    const scheduled = capstoneTasks.get(capstone.id);
    if (scheduled !== capstone.estimateHours)
      problems.push(
        `${capstone.id}: ${capstone.estimateHours} h estimated but ${scheduled ?? 0} h scheduled in tasks marked with this capstone`,
      );
    capstoneTasks.delete(capstone.id);
  }
  for (const id of capstoneTasks.keys()) problems.push(`a task schedules unknown capstone "${id}"`);
  for (const role of curriculum.roles) {
    for (const skill of Object.keys(role.weights)) needSkill(role.id, skill);
    for (const skill of skillIds)
      if (!(skill in role.weights)) problems.push(`${role.id}: no weight for skill "${skill}"`);
  }
  for (const entry of curriculum.idMap) {
    for (const id of entry.from)
      if (seen.has(id)) problems.push(`idMap: "${id}" was moved away but still exists`);
    for (const id of entry.to)
      if (!seen.has(id)) problems.push(`idMap: "${id}" is a target that does not exist`);
  }
  const lessonIds = new Set(curriculum.months.flatMap((month) => month.lessons.map((lesson) => lesson.id)));
  for (const entry of curriculum.changelog) {
    if (entry.version > curriculum.contentVersion)
      problems.push(
        `changelog: version ${entry.version} is newer than contentVersion ${curriculum.contentVersion}`,
      );
    for (const id of [...entry.changed, ...entry.added])
      if (!seen.has(id)) problems.push(`changelog v${entry.version}: "${id}" does not exist`);
    for (const id of entry.changed)
      if (!lessonIds.has(id))
        problems.push(`changelog v${entry.version}: "${id}" in changed is not a lesson`);
  }
  return problems;
}
