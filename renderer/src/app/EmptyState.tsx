// A page that has nothing yet says what will be there and how to get it.
import type { ReactNode } from 'react';
import { useFirstScreenReady } from './first-screen-ready';

export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  useFirstScreenReady(true);
  return (
    <section className="empty-state">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
