// Read-only: the evidence tiers and first gap of each skill a project uses, and the project's warnings.
import type { Curriculum } from '../../../../shared/content/schema';
import type { Project } from '../../../../shared/domain/projects';
import { projectSkillEvidence } from '../../../../shared/readiness/project-skill-evidence';
import type { Readiness } from '../../../../shared/readiness/types';

const round = (value: number) => String(Math.round(value));

export function ProjectEvidenceTiers({
  curriculum,
  readiness,
  project,
}: {
  curriculum: Curriculum;
  readiness: Readiness;
  project: Project;
}) {
  const { skills, warnings } = projectSkillEvidence(curriculum, readiness, project);
  if (skills.length === 0 && warnings.length === 0) return null;
  return (
    <>
      {skills.length > 0 && (
        <table className="data-table" aria-label={`${project.title} evidence by tier`}>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Score</th>
              <th scope="col">Measured</th>
              <th scope="col">Shown</th>
              <th scope="col">Verified</th>
              <th scope="col">Claimed</th>
              <th scope="col">First gap</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((skill) => (
              <tr key={skill.skillId}>
                <th scope="row">
                  {skill.title}
                  {skill.primary ? '' : ' (tagged)'}
                </th>
                <td>{round(skill.score)}</td>
                <td>{round(skill.tiers.measured)}</td>
                <td>{round(skill.tiers.shown)}</td>
                <td>{round(skill.tiers.verified)}</td>
                <td>{round(skill.tiers.claimed)}</td>
                <td>{skill.gap ? skill.gap.missing : 'Nothing missing'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {warnings.length > 0 && (
        <ul className="muted small" aria-label={`${project.title} warnings`}>
          {warnings.map((warning) => (
            <li key={`${warning.kind}-${warning.message}`}>{warning.message}</li>
          ))}
        </ul>
      )}
    </>
  );
}
