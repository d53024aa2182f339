// The six-month path. The curriculum content and its screens arrive with issue 3.
import { EmptyState } from '../../app/EmptyState';

export function RoadmapPage() {
  return (
    <>
      <header className="page-header">
        <h1>Roadmap</h1>
        <p className="lede">Six months from foundations to production AI engineering.</p>
      </header>
      <EmptyState title="Your roadmap will appear here">
        <p>
          Month by month: async Python and LLM APIs, RAG and vector databases, agents, fine-tuning, LLMOps and
          evaluation, and production deployment, with lessons that work offline, notes, and your pace.
        </p>
      </EmptyState>
    </>
  );
}
