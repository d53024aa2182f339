// Every skill's score with each point's evidence tier, each gap's action, each red flag holding it down, and the
// warnings (runs worse than their baseline) that never change it.
import { useId, useState } from 'react';
import type { Curriculum } from '../../../../shared/content/schema';
import type { Readiness } from '../../../../shared/readiness/types';
import { countOf, sentenceLabel } from '../../../../shared/text/plural';

export function SkillBreakdown({ readiness, curriculum }: { readiness: Readiness; curriculum: Curriculum }) {
  const [open, setOpen] = useState<string | null>(null);
  const id = useId();
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Skills, point by point</h2>
      <ul className="skill-scores" aria-label="Skill scores">
        {readiness.skills.map((skill) => {
          const title = curriculum.skills.find((s) => s.id === skill.skillId)?.title ?? skill.skillId;
          const expanded = open === skill.skillId;
          return (
            <li key={skill.skillId} className="skill-score">
              <button
                type="button"
                className="skill-toggle"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : skill.skillId)}
              >
                <span className="skill-title">{title}</span>
                <meter
                  min={0}
                  max={100}
                  low={50}
                  high={70}
                  optimum={100}
                  value={skill.score}
                  aria-label={`${title} score`}
                />
                <span className="score" data-skill-score={skill.skillId}>
                  {Math.round(skill.score)}
                </span>
                {/* A line of its own under the title, so the layer and tiers never sit over a long skill name. */}
                <span className="skill-meta muted small">
                  <span>{sentenceLabel(skill.layer)}</span>
                  <span>
                    measured {Math.round(skill.tiers.measured)} · shown {Math.round(skill.tiers.shown)} ·
                    verified {Math.round(skill.tiers.verified)} · claimed {Math.round(skill.tiers.claimed)}
                  </span>
                  {skill.warnings.length > 0 && (
                    <span className="badge badge-flag">{skill.warnings.length} worse than baseline</span>
                  )}
                  {/* Untouched skills trip every flag; the badge waits until there is evidence to hold down. */}
                  {skill.raw > 0 && skill.flags.length > 0 && (
                    <span className="badge badge-flag">{countOf(skill.flags.length, 'red flag')}</span>
                  )}
                </span>
              </button>
              {expanded && (
                <div className="breakdown">
                  {skill.flags.map((flag) => (
                    <p key={flag.id} className="flag" role="note">
                      <strong>Red flag, held at {flag.cap}:</strong> {flag.message} <em>Fix: {flag.fix}</em>
                    </p>
                  ))}
                  {skill.warnings.map((warning) => (
                    <p key={warning} className="muted small" role="note">
                      Warning, no points taken off: {warning}.
                    </p>
                  ))}
                  <table className="data-table" aria-label={`${title} points`}>
                    <tbody>
                      {skill.points.map((point) => (
                        <tr key={`${point.tier}:${point.source}:${point.label}`}>
                          <th scope="row">{point.tier}</th>
                          <td>{point.label}</td>
                          <td>
                            {point.points} / {point.max}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {skill.gaps.length > 0 && (
                    <ul className="gaps" aria-label={`${title} gaps`}>
                      {skill.gaps.map((gap) => (
                        <li key={`${gap.tier}:${gap.source}:${gap.missing}`}>
                          <span>{gap.missing}</span>{' '}
                          <span className="muted small">
                            → {gap.action} (+{gap.gain})
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
