// The portfolio overview, loaded on demand: projects by status per month, and metrics logged per week.
import { memo, useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { projectsByStatusAndMonth, weeklyMetricCounts } from '../../../../../shared/charts/series';
import type { Curriculum } from '../../../../../shared/content/schema';
import type { Project } from '../../../../../shared/domain/projects';
import { countOf, sentenceLabel } from '../../../../../shared/text/plural';
import { useCurriculum } from '../../../content/curriculum-source';
import type { DashboardEvidence } from '../../../db/live-portfolio';
import { localDay } from '../../../ui/local-day';
import { themeColor } from './chart-theme';

/** A group as the person reads it: "Month 2", a capstone's title, or "Free projects"; never its raw id. */
function groupLabelOf(curriculum: Curriculum | undefined) {
  return (group: string) => {
    if (group === 'free') return 'Free projects';
    const month = /^month-(\d+)$/.exec(group);
    if (month) return `Month ${month[1]}`;
    const capstone = curriculum?.capstones.find((candidate) => candidate.id === group);
    return capstone ? capstone.title : sentenceLabel(group.replace(/^capstone-/, ''));
  };
}

export default function DashboardCharts({
  projects,
  evidence,
}: {
  projects: Project[];
  /** Undefined while the runs and metrics are read: the projects chart draws meanwhile. */
  evidence: DashboardEvidence | undefined;
}) {
  // The bench measures the dashboard's first paint from this mark: both charts drawn.
  const complete = evidence !== undefined;
  useEffect(() => {
    if (complete) requestAnimationFrame(() => performance.mark('shipready:dashboard-drawn'));
  }, [complete]);
  return (
    <div className="overview-grid">
      <ProjectsChart projects={projects} />
      {evidence ? (
        <WeeklyMetricsChart evidence={evidence} />
      ) : (
        <figure className="card chart" aria-busy="true">
          <figcaption>Metrics logged per week</figcaption>
          <p className="muted">Counting metrics…</p>
        </figure>
      )}
    </div>
  );
}

/** One stacked bar per project status: key, legend name, theme colour and its fallback. */
const statusBars = [
  ['idea', 'Idea', '--muted', '#888'],
  ['building', 'Building', '--accent', '#3451b2'],
  ['shipped', 'Shipped', '--ok', '#1d7a46'],
] as const;

// Each chart redraws only when its own data changes (the metrics arriving leave the projects chart alone).
const ProjectsChart = memo(function ProjectsChart({ projects }: { projects: Project[] }) {
  const groupLabel = groupLabelOf(useCurriculum());
  const byGroup = projectsByStatusAndMonth(projects).map((row) => ({
    ...row,
    group: groupLabel(row.group),
  }));
  const axis = themeColor('--muted', '#666');
  const grid = themeColor('--border', '#ddd');
  return (
    <figure className="card chart" aria-label={`Projects by status for ${countOf(byGroup.length, 'group')}`}>
      <figcaption>Projects by month and status</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={byGroup} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={grid} strokeDasharray="3 3" />
          <XAxis dataKey="group" stroke={axis} />
          <YAxis allowDecimals={false} stroke={axis} width={32} />
          <Tooltip />
          <Legend />
          {statusBars.map(([status, name, color, fallback]) => (
            <Bar
              key={status}
              dataKey={status}
              stackId="s"
              name={name}
              fill={themeColor(color, fallback)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});

const WeeklyMetricsChart = memo(function WeeklyMetricsChart({ evidence }: { evidence: DashboardEvidence }) {
  const weekly = weeklyMetricCounts(evidence.metrics, evidence.runs, localDay());
  const axis = themeColor('--muted', '#666');
  const grid = themeColor('--border', '#ddd');
  return (
    <figure
      className="card chart"
      aria-label={`Metrics logged per week over ${countOf(weekly.length, 'week')}`}
    >
      <figcaption>Metrics logged per week</figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={weekly} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={grid} strokeDasharray="3 3" />
          <XAxis dataKey="week" stroke={axis} tickFormatter={(week: string) => week.slice(5)} />
          <YAxis allowDecimals={false} stroke={axis} width={40} />
          <Tooltip />
          <Bar
            dataKey="count"
            name="Metrics"
            fill={themeColor('--accent', '#3451b2')}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
});
