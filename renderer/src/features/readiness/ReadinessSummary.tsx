// The answer to "am I ready?": overall, ready to apply, each layer (with its gate), each role, next actions.
import type { Curriculum } from '../../../../shared/content/schema';
import type { Readiness } from '../../../../shared/readiness/types';

const pct = (score: number) => `${Math.round(score)}`;

export function ReadinessSummary({
  readiness,
  curriculum,
}: {
  readiness: Readiness;
  curriculum: Curriculum;
}) {
  const layerTitle = (id: string) => curriculum.layers.find((l) => l.id === id)?.title ?? id;
  const skillTitle = (id: string) => curriculum.skills.find((s) => s.id === id)?.title ?? id;
  return (
    <div className="overview-grid">
      <section className="card" aria-labelledby="layers-heading">
        <h2 id="layers-heading">Layers</h2>
        <p className={readiness.readyToApply.ready ? 'banner banner-ok' : 'banner'} role="status">
          {readiness.readyToApply.ready ? 'Ready to apply. ' : 'Not ready to apply yet. '}
          {readiness.readyToApply.reason}
        </p>
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
        <h2 id="next-heading">Next three actions</h2>
        <ol className="next-actions" aria-label="Next three actions">
          {readiness.nextActions.map((action) => (
            <li key={`${action.skillId}:${action.action}`}>
              <span>{action.action}</span>
              <span className="muted small">
                {' '}
                · {skillTitle(action.skillId)} · about +{action.overallGain} overall
              </span>
            </li>
          ))}
        </ol>
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
