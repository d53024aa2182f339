// The report's readiness sections: layer and skill scores as bars, target roles, the evidence tiers and gaps of
// each skill with the ready-to-apply checks, and red flags with their fixes.
import type { Curriculum } from '../content/schema';
import { type Readiness, readyThreshold } from '../readiness/types';
import { escapeHtml } from './escape';
import { scoreText } from './score-text';
import { scoreBarsSvg } from './svg-chart';

const titleOf = (items: readonly { id: string; title: string }[], id: string) =>
  items.find((item) => item.id === id)?.title ?? id;

function layersSection(curriculum: Curriculum, readiness: Readiness): string {
  const layers = [...curriculum.layers].sort((a, b) => a.order - b.order);
  const parts = ['<section id="skills"><h2>Layers and skills</h2>'];
  for (const layer of layers) {
    const score = readiness.layers.find((candidate) => candidate.layer === layer.id);
    const skills = readiness.skills.filter((skill) => skill.layer === layer.id);
    const held = score?.gatedBy
      ? `; held down by the ${titleOf(curriculum.layers, score.gatedBy)} layer`
      : '';
    const verdict = score?.ready ? 'Ready' : 'Not ready yet';
    parts.push(
      `<h3>${escapeHtml(layer.title)}: ${scoreText(score?.score ?? 0)} of 100</h3>`,
      `<p class="meta">${escapeHtml(`${verdict}${held}.`)}</p>`,
    );
    if (skills.length === 0) continue;
    const chart = scoreBarsSvg(
      skills.map((skill) => ({ label: titleOf(curriculum.skills, skill.skillId), score: skill.score })),
      {
        width: 640,
        title: `Skill scores in ${layer.title}`,
        threshold: readyThreshold,
        formatValue: scoreText,
      },
    );
    parts.push(
      `<figure>${chart}<figcaption>${escapeHtml(
        `Skill scores in ${layer.title}, out of 100; the dashed line marks ${readyThreshold}, where a skill reads as ready.`,
      )}</figcaption></figure>`,
    );
  }
  if (readiness.roles.length > 0) {
    parts.push(
      '<h3>Target roles</h3><table><thead><tr><th scope="col">Role</th><th scope="col">Score</th></tr></thead><tbody>',
      ...readiness.roles.map(
        (role) =>
          `<tr><td>${escapeHtml(titleOf(curriculum.roles, role.roleId))}</td><td class="number">${scoreText(role.score)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function redFlagsSection(curriculum: Curriculum, readiness: Readiness): string {
  const flags = readiness.skills.flatMap((skill) => skill.flags);
  const parts = ['<section id="red-flags"><h2>Red flags</h2>'];
  if (flags.length === 0) {
    parts.push('<p>No red flags: nothing holds a skill score down.</p>');
  } else {
    parts.push(
      '<p>Each one caps its skill’s score until the evidence that fixes it is added.</p><ul class="flags">',
    );
    for (const flag of flags) {
      parts.push(
        `<li><strong>${escapeHtml(titleOf(curriculum.skills, flag.skillId))}</strong>: ${escapeHtml(flag.message)}. ` +
          `<span class="fix">Fix: ${escapeHtml(flag.fix)}.</span> ` +
          `<span class="muted">(caps the score at ${scoreText(flag.cap)})</span></li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Per skill, points by tier (what a reader can check first) and the first thing missing; then the gate's checks. */
function evidenceSection(curriculum: Curriculum, readiness: Readiness): string {
  const parts = [
    '<section id="evidence"><h2>Evidence by tier</h2>',
    '<p>Measured: qualifying evaluation runs. Shown: repository, live deployment, write-up. Verified: a mentor’s scores or confirmed graded answers. Claimed: lessons, self-graded answers and ticked milestones (at most 15 points).</p>',
    '<table><thead><tr><th scope="col">Skill</th><th scope="col">Score</th><th scope="col">Measured</th><th scope="col">Shown</th><th scope="col">Verified</th><th scope="col">Claimed</th><th scope="col">First gap</th></tr></thead><tbody>',
  ];
  for (const skill of readiness.skills) {
    const { tiers } = skill;
    const gap = skill.gaps.find((candidate) => candidate.tier !== 'claimed') ?? skill.gaps[0];
    parts.push(
      `<tr><td>${escapeHtml(titleOf(curriculum.skills, skill.skillId))}</td>` +
        [skill.score, tiers.measured, tiers.shown, tiers.verified, tiers.claimed]
          .map((value) => `<td class="number">${scoreText(value)}</td>`)
          .join('') +
        `<td>${escapeHtml(gap ? gap.missing : 'Nothing missing')}</td></tr>`,
    );
  }
  parts.push('</tbody></table><h3>Ready to apply</h3><ul>');
  for (const check of readiness.readyToApply.checks) {
    parts.push(
      `<li><strong>${check.passed ? 'Passed' : 'Missing'}</strong>: ${escapeHtml(check.label)}</li>`,
    );
  }
  parts.push('</ul></section>');
  return parts.join('\n');
}

/** Layers and skills, the evidence by tier, then red flags. */
export function readinessSections(curriculum: Curriculum, readiness: Readiness): string {
  return [
    layersSection(curriculum, readiness),
    evidenceSection(curriculum, readiness),
    redFlagsSection(curriculum, readiness),
  ].join('\n');
}
