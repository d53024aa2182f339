// The mentor's cohort folder in the review space: one line per student, virtualized for a cohort of hundreds.

import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { CohortStudentLine } from '../../../../shared/cohort/folder-index';
import { formatDayOf } from '../../../../shared/progress/format-day';
import { useAppStore } from '../../store/app-store';
import { ConflictList } from './ConflictList';
import { useCohortFolder } from './cohort-folder-state';
import { MemberIdField } from './MemberIdField';
import { openStudentFromCohort } from './open-student';

const rowHeight = 56;

function describeLine(line: CohortStudentLine): string {
  if (line.problem) return line.problem;
  const rounds =
    line.rounds.length === 0
      ? 'no review yet'
      : `${line.rounds.length} review round${line.rounds.length === 1 ? '' : 's'} (${[...new Set(line.rounds.map((r) => r.mentorName || r.mentorId))].join(', ')})`;
  const published = line.publishedAt ? formatDayOf(line.publishedAt) : 'undated';
  return `${line.projects} projects · published ${published} · ${rounds}${line.verdict ? ` · verdict: ${line.verdict}` : ''}`;
}

export function CohortFolderList() {
  const notify = useAppStore((state) => state.notify);
  const goTo = useAppStore((state) => state.goTo);
  const { connection, index, problem } = useCohortFolder();
  const [filter, setFilter] = useState('');
  const scroller = useRef<HTMLDivElement>(null);
  const needle = filter.trim().toLowerCase();
  const students = (index?.students ?? []).filter(
    (s) => !needle || s.studentId.includes(needle) || s.owner.toLowerCase().includes(needle),
  );
  const virtualizer = useVirtualizer({
    count: students.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  // The id field stays drawn while the folder is read (again): only the index's own parts wait for it.
  if (!connection) return null;

  async function review(line: CohortStudentLine) {
    const opened = await openStudentFromCohort(line.studentId);
    if (!opened.ok) return notify('error', opened.error.message);
    goTo('review', 'bundle', opened.value);
  }

  return (
    <section aria-labelledby="cohort-folder-heading">
      <h3 id="cohort-folder-heading">
        Cohort folder: {index?.cohort?.name ?? connection.folder}
        {index && ` (${index.students.length} students)`}
      </h3>
      <MemberIdField kind="mentor" current={connection.mentorId} name="" />
      {!index && <p className="muted small">{problem ?? 'Reading the folder…'}</p>}
      {index && index.students.length > 0 && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => goTo('review', 'cohort')}>
            Compare the folder’s students
          </button>
        </div>
      )}
      {index?.problems.map((sentence) => (
        <p key={sentence} className="muted small">
          {sentence}
        </p>
      ))}
      {index && (
        <>
          <label htmlFor="cohort-filter">Find a student</label>
          <input
            id="cohort-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <div
            ref={scroller}
            className="virtual-scroller"
            style={{ height: Math.min(480, students.length * rowHeight + 4) }}
          >
            <ul aria-label="Students in the cohort folder" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((row) => {
                const line = students[row.index] as CohortStudentLine;
                return (
                  <li
                    key={line.studentId}
                    className="project-row virtual-row"
                    style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}
                  >
                    <button
                      type="button"
                      className="link"
                      disabled={line.bundleHash === null}
                      onClick={() => void review(line)}
                    >
                      {line.owner || 'Unnamed student'} ({line.studentId})
                    </button>
                    <span className="muted small">{describeLine(line)}</span>
                  </li>
                );
              })}
            </ul>
          </div>
          <ConflictList conflicts={index.conflicts} />
        </>
      )}
    </section>
  );
}
