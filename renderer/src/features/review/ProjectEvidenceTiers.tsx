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
        <div className="table-scroll">
          <table className="data-table" aria-label={`${project.title} evidence by tier`}>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">Score</th>
                <th scope="col">Measured</th>
                <th scope="col">Shown</th>
                <th scope="col">Verified</th>
                <th scope="col">Claimed</th>
              </tr>
            </thead>
            <tbody>
              {/* The first gap on a row of its own under the numbers: as a seventh column it left one word a line at 800 px. */}
              {skills.map((skill) => [
                <tr key={skill.skillId} className="tier-numbers">
                  <th scope="row">
                    {skill.title}
                    {skill.primary ? '' : ' (tagged)'}
                  </th>
                  <td>{round(skill.score)}</td>
                  <td>{round(skill.tiers.measured)}</td>
                  <td>{round(skill.tiers.shown)}</td>
                  <td>{round(skill.tiers.verified)}</td>
                  <td>{round(skill.tiers.claimed)}</td>
                </tr>,
                <tr key={`${skill.skillId}-gap`} className="tier-gap">
                  <td colSpan={6} className="muted small">
                    First gap: {skill.gap ? skill.gap.missing : 'nothing missing'}
                  </td>
                </tr>,
              ])}
            </tbody>
          </table>
        </div>
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
