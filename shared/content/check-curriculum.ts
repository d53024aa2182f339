// Checks what a schema cannot: ids unique and resolvable, every skill taught, every lesson placed once.
import { metricKeys } from '../metrics/catalog';
import type { Criterion, Curriculum } from './schema';

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
    for (const task of month.tasks) for (const skill of task.skills) needSkill(task.id, skill);
    checkCriteria(month.id, month.milestone.acceptanceCriteria, problems);
  }
  for (const skill of curriculum.skills) {
    if (!taught.has(skill.id)) problems.push(`skill "${skill.id}" is not trained by any lesson`);
  }
  for (const capstone of curriculum.capstones) {
    for (const skill of capstone.skills) needSkill(capstone.id, skill);
    checkCriteria(capstone.id, capstone.acceptanceCriteria, problems);
  }
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
  return problems;
}
