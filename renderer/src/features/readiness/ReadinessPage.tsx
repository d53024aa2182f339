// Readiness per skill, layer and role, computed from evidence. Scoring arrives with issue 5.
import { EmptyState } from '../../app/EmptyState';

export function ReadinessPage() {
  return (
    <>
      <header className="page-header">
        <h1>Readiness</h1>
        <p className="lede">How ready you are for each skill layer, and what to build next.</p>
      </header>
      <EmptyState title="Scores will appear here">
        <p>
          Every point will trace back to evidence you logged: lessons done, projects shipped, evaluation
          numbers with their context. Every gap will be named with the action that closes it.
        </p>
      </EmptyState>
    </>
  );
}
