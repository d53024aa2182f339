// One lesson: its text, its status with shortcuts, your notes and resources, and the way to the next one.

import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProgressStatus } from '../../../../shared/domain/progress';
import { loadLessonBodies } from '../../content/curriculum-source';
import { useDatabase } from '../../db/database-context';
import { setSetting } from '../../db/repositories/settings';
import { settingKeys } from '../../db/settings-keys';
import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import { reportWrite } from '../../ui/report-write';
import { lazyModule, useLazyDefault } from '../../ui/use-lazy-default';
import { AnswerPoints } from './AnswerPoints';
import { NotesEditor } from './NotesEditor';
import { ResourcesList } from './ResourcesList';
import { SkipNote } from './SkipNote';
import { StatusControls } from './StatusControls';
import { changeStatus } from './status-actions';
import type { RoadmapData } from './use-roadmap';
import { useStatusShortcuts } from './use-status-shortcuts';

// Markdown rendering (remark, rehype) is its own chunk: the roadmap overview does not need it.
const loadLessonMarkdown = lazyModule(() => import('./LessonMarkdown'));

export function LessonView({ data, lessonId }: { data: RoadmapData; lessonId: string }) {
  const db = useDatabase();
  const goTo = useAppStore((state) => state.goTo);
  const lessons = useMemo(() => data.curriculum.months.flatMap((month) => month.lessons), [data.curriculum]);
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  const lesson = lessons[index];
  const month = data.curriculum.months.find((m) => m.id === lesson?.monthId);
  const [body, setBody] = useState<string | { failed: string } | null>(null);
  const [skipping, setSkipping] = useState(false);
  const LessonMarkdown = useLazyDefault(loadLessonMarkdown);
  useFirstScreenReady(body !== null && LessonMarkdown !== null);

  useEffect(() => {
    if (!lesson) return;
    setBody(null);
    loadLessonBodies(lesson.monthId).then(
      (bodies) => setBody(bodies[lesson.id] ?? { failed: 'This lesson’s text is missing from the build.' }),
      (error: Error) => setBody({ failed: error.message }),
    );
    reportWrite(setSetting(db, settingKeys.lastVisitedItem, lesson.id, true));
  }, [db, lesson]);

  const open = useCallback((id: string | undefined) => id && goTo('roadmap', 'lesson', id), [goTo]);
  const handlers = useMemo(
    () => ({
      setStatus: (status: ProgressStatus) =>
        lesson &&
        (status === 'skipped'
          ? setSkipping(true)
          : reportWrite(changeStatus(db, lesson.id, lesson.title, status))),
      previous: () => open(lessons[index - 1]?.id),
      next: () => open(lessons[index + 1]?.id),
    }),
    [db, lesson, lessons, index, open],
  );
  useStatusShortcuts(lesson !== undefined, handlers);

  if (!lesson || !month)
    return <p role="alert">There is no lesson “{lessonId}”. It may have moved in a curriculum update.</p>;
  const week = month.weeks.find((w) => w.id === lesson.weekId);
  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('roadmap')}>
          Roadmap
        </button>
        <span aria-hidden="true">›</span>
        <button type="button" className="link" onClick={() => goTo('roadmap', 'month', month.id)}>
          Month {month.number}: {month.title}
        </button>
        <span aria-hidden="true">›</span>
        <span>Week {week?.number}</span>
      </nav>
      <header className="page-header">
        <h1 id="lesson-title">{lesson.title}</h1>
        <p className="lede">{lesson.summary}</p>
        <p className="muted small">
          About {lesson.estimateMinutes} minutes · trains{' '}
          {lesson.skills
            .map((id) => data.curriculum.skills.find((skill) => skill.id === id)?.title ?? id)
            .join(', ')}{' '}
          · shortcuts D, L, S, R and ← →
        </p>
        <StatusControls
          itemId={lesson.id}
          title={lesson.title}
          status={data.statusOf(lesson.id)}
          skipping={skipping}
          onSkippingChange={setSkipping}
        />
        <SkipNote entry={data.progress.get(lesson.id)} />
      </header>
      <div className="lesson-layout">
        <div className="card lesson-body">
          {body === null && <p className="muted">Loading the lesson…</p>}
          {typeof body === 'object' && body !== null && <p role="alert">{body.failed}</p>}
          {typeof body === 'string' &&
            (LessonMarkdown ? (
              <LessonMarkdown markdown={body} />
            ) : (
              <p className="muted">Loading the lesson…</p>
            ))}
          {typeof body === 'string' && <AnswerPoints questions={lesson.questions} />}
        </div>
        <aside className="lesson-aside">
          <NotesEditor key={lesson.id} itemId={lesson.id} />
          <ResourcesList itemId={lesson.id} />
          <LessonResources resources={lesson.resources} />
        </aside>
      </div>
      <nav className="pager" aria-label="Lessons">
        <button type="button" className="secondary" disabled={index === 0} onClick={handlers.previous}>
          ← {lessons[index - 1]?.title ?? 'Previous'}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={index === lessons.length - 1}
          onClick={handlers.next}
        >
          {lessons[index + 1]?.title ?? 'Next'} →
        </button>
      </nav>
    </article>
  );
}

function LessonResources({
  resources,
}: {
  resources: { kind: string; title: string; url?: string | undefined; note?: string | undefined }[];
}) {
  return (
    <section className="card" aria-labelledby="lesson-resources">
      <h2 id="lesson-resources">Go deeper</h2>
      <ul className="resource-list">
        {resources.map((resource) => (
          <li key={resource.title}>
            <span className="badge">{resource.kind}</span>{' '}
            {resource.url ? (
              <a href={resource.url} target="_blank" rel="noopener noreferrer">
                {resource.title}
              </a>
            ) : (
              resource.title
            )}
            {resource.note && <p className="muted small">{resource.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
