// Edits a project's details: status, dates, skills, links, design decisions and postmortem.
import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  maxPrimarySkills,
  type Project,
  type ProjectLink,
  projectStatuses,
} from '../../../../shared/domain/projects';
import { primarySkillsOf } from '../../../../shared/readiness/project-aggregates';
import { useCurriculum } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';
import { describeDatabaseError } from '../../db/describe-error';
import { updateProject } from '../../db/repositories/projects';
import { useAppStore } from '../../store/app-store';
import { useActionTarget } from '../readiness/use-action-target';
import { LinksEditor } from './LinksEditor';
import { linkProblems } from './link-problems';
import { ProjectConflict } from './ProjectConflict';
import { projectChanges } from './project-changes';

export function ProjectDetailsForm({ project }: { project: Project }) {
  const db = useDatabase();
  const curriculum = useCurriculum();
  const notify = useAppStore((state) => state.notify);
  const draftOf = (row: Project) => ({
    ...row,
    startedOn: row.startedOn ?? '',
    shippedOn: row.shippedOn ?? '',
  });
  const [draft, setDraft] = useState(() => draftOf(project));
  const [links, setLinks] = useState<ProjectLink[]>(project.links);
  const [primary, setPrimary] = useState<string[]>(() => primarySkillsOf(project));
  // The row the form started from: only fields changed since are saved, and only over that row.
  const [base, setBase] = useState(project);
  const [theirs, setTheirs] = useState<Project | null>(null);
  useActionTarget(curriculum !== undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggleSkill = (skill: string) => {
    const tagged = draft.skills.includes(skill);
    set('skills', tagged ? draft.skills.filter((s) => s !== skill) : [...draft.skills, skill]);
    if (tagged) setPrimary((chosen) => chosen.filter((s) => s !== skill));
  };
  const togglePrimary = (skill: string) =>
    setPrimary((chosen) => (chosen.includes(skill) ? chosen.filter((s) => s !== skill) : [...chosen, skill]));

  const changes = projectChanges(base, {
    title: draft.title,
    summary: draft.summary,
    status: draft.status,
    skills: draft.skills,
    primarySkills: primary.filter((skill) => draft.skills.includes(skill)),
    curriculumRef: draft.curriculumRef || base.curriculumRef,
    links,
    startedOn: draft.startedOn || undefined,
    shippedOn: draft.shippedOn || undefined,
    designDecisions: draft.designDecisions,
    postmortem: draft.postmortem,
  });
  const unsaved = Object.keys(changes).length > 0;
  const takeRow = (row: Project) => {
    setDraft(draftOf(row));
    setLinks(row.links);
    setPrimary(primarySkillsOf(row));
    setBase(row);
    setTheirs(null);
  };
  // Another window, a restore or an import changed the row: show it, unless this form has unsaved edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new stored row matters here.
  useEffect(() => {
    if (project.updatedAt !== base.updatedAt && !unsaved) takeRow(project);
  }, [project]);

  async function save(event?: FormEvent, over: Project = base) {
    event?.preventDefault();
    const problems = linkProblems(links);
    if (problems.length > 0) return setProblem(`Nothing was saved. ${problems.join(' ')}`);
    try {
      const result = await updateProject(db, project.id, changes, over.updatedAt);
      if (!result.ok) {
        if ('current' in result.error) return setTheirs(result.error.current);
        return setProblem(result.error.message);
      }
      setProblem(null);
      takeRow(result.value);
      notify('info', 'Project saved.');
    } catch (error) {
      setProblem(describeDatabaseError(error));
    }
  }

  return (
    <form className="card form" onSubmit={save} aria-label="Project details" noValidate>
      <h2>Details</h2>
      <div className="field-grid">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={draft.title} onChange={(e) => set('title', e.target.value)} />
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={draft.status}
          onChange={(e) => set('status', e.target.value as Project['status'])}
        >
          {projectStatuses.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-started`}>Started</label>
        <input
          id={`${id}-started`}
          type="date"
          value={draft.startedOn}
          onChange={(e) => set('startedOn', e.target.value)}
        />
        <label htmlFor={`${id}-shipped`}>Shipped</label>
        <input
          id={`${id}-shipped`}
          type="date"
          value={draft.shippedOn}
          onChange={(e) => set('shippedOn', e.target.value)}
        />
      </div>
      <label htmlFor={`${id}-summary`}>Summary</label>
      <textarea
        id={`${id}-summary`}
        rows={3}
        value={draft.summary}
        onChange={(e) => set('summary', e.target.value)}
      />
      <fieldset className="skills-picker">
        <legend>Skills exercised</legend>
        {curriculum?.skills.map((skill) => (
          <label key={skill.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.skills.includes(skill.id)}
              onChange={() => toggleSkill(skill.id)}
            />
            {skill.title}
          </label>
        ))}
      </fieldset>
      {draft.skills.length > 0 && (
        <fieldset className="skills-picker">
          <legend>Primary skills (up to {maxPrimarySkills}: full credit; other tags earn a third)</legend>
          {curriculum?.skills
            .filter((skill) => draft.skills.includes(skill.id))
            .map((skill) => (
              <label key={skill.id} className="checkbox">
                <input
                  type="checkbox"
                  aria-label={`Primary: ${skill.title}`}
                  checked={primary.includes(skill.id)}
                  disabled={!primary.includes(skill.id) && primary.length >= maxPrimarySkills}
                  onChange={() => togglePrimary(skill.id)}
                />
                {skill.title}
              </label>
            ))}
        </fieldset>
      )}
      <LinksEditor links={links} onChange={setLinks} />
      <label htmlFor={`${id}-decisions`}>Design decisions</label>
      <textarea
        id={`${id}-decisions`}
        rows={4}
        value={draft.designDecisions}
        onChange={(e) => set('designDecisions', e.target.value)}
      />
      <label htmlFor={`${id}-postmortem`}>Postmortem</label>
      <textarea
        id={`${id}-postmortem`}
        rows={4}
        value={draft.postmortem}
        onChange={(e) => set('postmortem', e.target.value)}
      />
      {theirs && (
        <ProjectConflict
          theirs={theirs}
          changes={changes}
          onKeepMine={() => void save(undefined, theirs)}
          onTakeTheirs={() => takeRow(theirs)}
        />
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Save details
        </button>
      </div>
    </form>
  );
}
