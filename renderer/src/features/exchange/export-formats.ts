// Builds every export from the person's rows: the portfolio bundle and the readable formats.
import { buildBundle } from '../../../../shared/bundle/build-bundle';
import type { BundleRows } from '../../../../shared/bundle/merge-plan';
import type { Curriculum } from '../../../../shared/content/schema';
import { htmlReport } from '../../../../shared/exports/html-report';
import { jsonResumeProjects } from '../../../../shared/exports/json-resume';
import { readmeMarkdown } from '../../../../shared/exports/readme-markdown';
import type { ReportInput } from '../../../../shared/exports/report-input';
import { roadmapItems } from '../../../../shared/progress/items';
import { countProgress } from '../../../../shared/progress/summary';
import { readinessFromRows, type Verification } from '../../../../shared/readiness/readiness-from-rows';

import { type ExportFormat, formatInfo } from './format-info';

export type { ExportFormat };

export interface Privacy {
  notes: boolean;
  resources: boolean;
  costs: boolean;
  llmAnswers: boolean;
  reviewLog: boolean;
  /** The readiness score, gaps and flags in the HTML report and README (never in the bundle, which recomputes it). */
  readiness: boolean;
  /** Curriculum progress ("12 of 110 items done") in the HTML report and README. */
  progress: boolean;
}

function reportInput(
  owner: string,
  curriculum: Curriculum,
  rows: BundleRows,
  today: string,
  privacy: Privacy,
  verification: Verification,
): ReportInput {
  const statusOf = (id: string) => rows.progress.find((p) => p.itemId === id)?.status ?? 'pending';
  const count = countProgress(roadmapItems(curriculum), statusOf);
  const readiness = readinessFromRows(curriculum, rows, verification);
  return {
    owner,
    generatedOn: today,
    curriculum,
    projects: rows.projects,
    milestones: rows.milestones,
    runs: rows.evalRuns,
    metrics: rows.metrics,
    readiness,
    progress: { done: count.done, skipped: count.skipped, total: count.total },
    include: { readiness: privacy.readiness, progress: privacy.progress },
  };
}

export async function buildExport(
  format: ExportFormat,
  options: {
    owner: string;
    curriculum: Curriculum;
    rows: BundleRows;
    privacy: Privacy;
    today: string;
    /** Reviews received and exported bundle hashes, so the readable exports count verified evidence. */
    verification?: Verification;
  },
): Promise<{ fileName: string; content: string; contentHash?: string }> {
  const base = `shipready-${
    options.owner
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-') || 'portfolio'
  }-${options.today}`;
  const fileName = `${base}${format === 'json-resume' ? '-resume-projects' : ''}.${formatInfo[format].extension}`;
  if (format === 'bundle') {
    const { bundle, text } = await buildBundle({
      owner: options.owner,
      contentVersion: options.curriculum.contentVersion,
      exportedAt: new Date().toISOString(),
      rows: options.rows,
      privacy: options.privacy,
    });
    return { fileName, content: text, contentHash: bundle.contentHash };
  }
  const input = reportInput(
    options.owner,
    options.curriculum,
    options.rows,
    options.today,
    options.privacy,
    options.verification ?? {},
  );
  if (format === 'html') return { fileName, content: htmlReport(input) };
  if (format === 'markdown') return { fileName, content: readmeMarkdown(input) };
  return { fileName, content: `${JSON.stringify({ projects: jsonResumeProjects(input) }, null, 2)}\n` };
}
