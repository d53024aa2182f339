// Radar of skills and the trend of snapshots, loaded on demand.
import {
  CartesianGrid,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Curriculum } from '../../../../shared/content/schema';
import type { Readiness } from '../../../../shared/readiness/types';
import { shortTitle } from '../../../../shared/text/milestone-text';
import { useReadinessSnapshots } from '../../db/live-readiness';
import { themeColor } from '../portfolio/charts/chart-theme';

export default function ReadinessCharts({
  readiness,
  curriculum,
}: {
  readiness: Readiness;
  curriculum: Curriculum;
}) {
  const snapshots = useReadinessSnapshots() ?? [];
  const radar = readiness.skills.map((skill) => ({
    // A whole word or two, never cut mid-word; the full title is in the table below.
    skill: shortTitle(
      curriculum.skills
        .find((s) => s.id === skill.skillId)
        ?.title.split(/[,(]/)[0]
        ?.trim() ?? skill.skillId,
      20,
    ),
    score: skill.score,
  }));
  const trend = snapshots.map((s) => ({ day: s.at.slice(0, 10), overall: s.overall, ...s.layers }));
  const accent = themeColor('--accent', '#3451b2');
  const muted = themeColor('--muted', '#666');
  return (
    <div className="overview-grid">
      <figure
        className="card chart"
        aria-label={`Skill radar: ${radar.map((r) => `${r.skill} ${Math.round(r.score)}`).join(', ')}`}
      >
        <figcaption>Skills</figcaption>
        <ResponsiveContainer width="100%" height={320}>
          <RadarChart data={radar} outerRadius="58%">
            <PolarGrid stroke={themeColor('--border', '#ddd')} />
            <PolarAngleAxis dataKey="skill" tick={{ fontSize: 11, fill: muted }} />
            <PolarRadiusAxis domain={[0, 100]} tick={false} axisLine={false} />
            <Radar
              dataKey="score"
              stroke={accent}
              fill={accent}
              fillOpacity={0.35}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </figure>
      <figure className="card chart" aria-label={`Readiness trend over ${trend.length} snapshots`}>
        <figcaption>Trend</figcaption>
        {trend.length < 2 ? (
          <p className="muted">
            The trend appears once there are two snapshots; one is kept each day your scores change.
          </p>
        ) : (
          <ResponsiveContainer width="100%" height={320}>
            <LineChart data={trend}>
              <CartesianGrid stroke={themeColor('--border', '#ddd')} strokeDasharray="3 3" />
              <XAxis dataKey="day" stroke={muted} />
              <YAxis domain={[0, 100]} stroke={muted} width={32} />
              <Tooltip />
              <Line
                dataKey="overall"
                stroke={accent}
                strokeWidth={2}
                dot={trend.length < 40}
                isAnimationActive={false}
              />
              <Line dataKey="foundation" stroke={muted} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        )}
      </figure>
    </div>
  );
}
