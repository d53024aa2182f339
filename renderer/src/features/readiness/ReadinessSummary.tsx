// The answer to "am I ready?": the evidence banner, study progress as its own bar, each layer (with its gate),
// each role, and the next actions as links.
import type { Curriculum } from '../../../../shared/content/schema';
import type { Readiness } from '../../../../shared/readiness/types';
import { NextActions } from './NextActions';

const pct = (score: number) => `${Math.round(score)}`;

export function ReadinessSummary({
  readiness,
  curriculum,
  linkActions = true,
}: {
  readiness: Readiness;
  curriculum: Curriculum;
  /** False in the review space: the actions are the student's to do, not links into this database. */
  linkActions?: boolean;
}) {
  const layerTitle = (id: string) => curriculum.layers.find((l) => l.id === id)?.title ?? id;
  return (
    <div className="overview-grid">
      <section className="card" aria-labelledby="layers-heading">
        <h2 id="layers-heading">Layers</h2>
        <p
          className={readiness.readyToApply.ready ? 'banner banner-ok' : 'banner'}
          role="status"
          aria-label="Ready to apply"
        >
          {readiness.readyToApply.reason}
        </p>
        <div className="score-row">
          <span className="layer-name">Study progress</span>
          <meter min={0} max={1} value={readiness.study.share} aria-label="Study progress" />
          <span className="score">
            {readiness.study.done + readiness.study.skippedWithNote} / {readiness.study.total}
          </span>
          <span className="muted small">lessons; shown apart from the score, which counts evidence</span>
        </div>
        {readiness.layers.map((layer) => (
          <div key={layer.layer} className="score-row">
            <span className="layer-name">{layerTitle(layer.layer)}</span>
            <meter
              min={0}
              max={100}
              low={50}
              high={70}
              optimum={100}
              value={layer.score}
              aria-label={`${layerTitle(layer.layer)} score`}
            />
            <span className="score">{pct(layer.score)}</span>
            {layer.gatedBy && (
              <span className="muted small">
                held at {pct(layer.score)} (raw {pct(layer.raw)}) until {layerTitle(layer.gatedBy)} is
                stronger
              </span>
            )}
          </div>
        ))}
        <h3>By target role</h3>
        {readiness.roles.map((role) => (
          <div key={role.roleId} className="score-row">
            <span className="layer-name">
              {curriculum.roles.find((r) => r.id === role.roleId)?.title ?? role.roleId}
            </span>
            <meter
              min={0}
              max={100}
              low={50}
              high={70}
              optimum={100}
              value={role.score}
              aria-label={`${role.roleId} score`}
            />
            <span className="score">{pct(role.score)}</span>
          </div>
        ))}
      </section>
      <section className="card" aria-labelledby="next-heading">
        <h2 id="next-heading">Next actions</h2>
        <NextActions actions={readiness.nextActions} curriculum={curriculum} linked={linkActions} />
        {readiness.projectWarnings.length > 0 && (
          <>
            <h3>Project warnings</h3>
            <ul className="warnings">
              {readiness.projectWarnings.slice(0, 6).map((warning) => (
                <li key={`${warning.projectId}:${warning.kind}`}>
                  {warning.message} <span className="muted small">{warning.fix}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
