// Verified evidence (15): a mentor's rubric scores from a review of this very bundle, and LLM-graded answers the
// person confirmed.
import type { Skill } from '../content/schema';
import type { ReviewReceived } from '../domain/records';
import { confirmedAnswersShare, type StudyIndex } from './claimed-evidence';
import { type PartResult, sharePart } from './evidence-part';
import type { SkillUse } from './skill-uses';

export const verifiedMax = { mentor: 10, interview: 5 } as const;
/** Rubric levels run 0 to 3. */
const rubricTop = 3;

/** Best rubric level per project id from reviews of a bundle of this portfolio; each score names its project. */
export function mentorScores(
  reviews: readonly ReviewReceived[],
  bundleHashes: readonly string[],
): Map<string, number> {
  const hashes = new Set(bundleHashes);
  const best = new Map<string, number>();
  for (const review of reviews) {
    if (!hashes.has(review.bundleHash)) continue;
    for (const score of review.scores) {
      const projectId = score.projectId;
      if (!Number.isFinite(score.score)) continue;
      const share = Math.min(1, Math.max(0, score.score / rubricTop));
      if (share > (best.get(projectId) ?? 0)) best.set(projectId, share);
    }
  }
  return best;
}

export function verifiedParts(
  skill: Skill,
  uses: SkillUse[],
  study: StudyIndex,
  mentor: Map<string, number>,
): PartResult[] {
  let share = 0;
  const refs: string[] = [];
  for (const use of uses) {
    const level = mentor.get(use.evidence.project.id);
    if (level === undefined) continue;
    refs.push(use.evidence.project.id);
    share = Math.max(share, level * use.factor);
  }
  const answers = confirmedAnswersShare(skill, study);
  const verified = { tier: 'verified' } as const;
  return [
    sharePart(
      { ...verified, source: 'mentor-review', max: verifiedMax.mentor },
      share,
      'Scored by a mentor on a review of this portfolio',
      refs,
      {
        missing: `No mentor has scored a project using ${skill.title} on this portfolio`,
        action: 'Export your portfolio for a mentor and import the review they send back',
      },
    ),
    sharePart(
      { ...verified, source: 'mock-interview', max: verifiedMax.interview },
      answers.share,
      `${answers.answered.length} of ${skill.selfCheck.length} answers graded by an LLM and confirmed by you`,
      answers.answered,
      {
        missing: `No confirmed LLM-graded answer on ${skill.title}`,
        action: 'Answer a mock-interview question, have it graded, and confirm the checklist',
      },
    ),
  ];
}
