// Mentor reviews, sent and received as files. The review space arrives with issue 6.
import { EmptyState } from '../../app/EmptyState';

export function ReviewPage() {
  return (
    <>
      <header className="page-header">
        <h1>Review</h1>
        <p className="lede">Open a student’s portfolio as a mentor, or read the reviews you received.</p>
      </header>
      <EmptyState title="Reviews will appear here">
        <p>
          Mentors will open exported portfolios here without mixing them into their own data, score them
          against the rubrics and send comments back as a file.
        </p>
      </EmptyState>
    </>
  );
}
