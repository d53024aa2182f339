// One skill: why it matters, what good looks like, red flags, self-check questions, and its lessons.

import { useAppStore } from '../../store/app-store';
import { useFirstScreenReady } from '../../ui/first-screen-ready';
import type { RoadmapData } from './use-roadmap';

export function SkillView({ data, skillId }: { data: RoadmapData; skillId: string }) {
  const goTo = useAppStore((state) => state.goTo);
  useFirstScreenReady(true);
  const skill = data.curriculum.skills.find((s) => s.id === skillId);
  if (!skill) return <p role="alert">There is no skill “{skillId}”.</p>;
  const lessons = data.curriculum.months
    .flatMap((month) => month.lessons)
    .filter((lesson) => lesson.skills.includes(skill.id));
  return (
    <article aria-labelledby="skill-title">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <button type="button" className="link" onClick={() => goTo('roadmap')}>
          Roadmap
        </button>
        <span aria-hidden="true">›</span>
        <span>Skill</span>
      </nav>
      <header className="page-header">
        <p className="eyebrow">{skill.layer} layer</p>
        <h1 id="skill-title">{skill.title}</h1>
        <p className="lede">{skill.whyItMatters}</p>
      </header>
      <div className="two-columns">
        <div>
          <section className="card">
            <h2>What good looks like</h2>
            <ul className="criteria">
              {skill.goodLooksLike.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <section className="card">
            <h2>Check yourself</h2>
            {skill.selfCheck.map((question) => (
              <details key={question.id} className="self-check">
                <summary>{question.question}</summary>
                <p className="muted small">A strong answer covers:</p>
                <ul>
                  {question.strongAnswerCovers.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        </div>
        <aside>
          <section className="card">
            <h2>Red flags</h2>
            <ul>
              {skill.redFlags.map((flag) => (
                <li key={flag}>{flag}</li>
              ))}
            </ul>
          </section>
          <section className="card">
            <h2>Lessons that train it</h2>
            <ul className="next-steps">
              {lessons.map((lesson) => (
                <li key={lesson.id}>
                  <button type="button" className="link" onClick={() => goTo('roadmap', 'lesson', lesson.id)}>
                    {lesson.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </article>
  );
}
