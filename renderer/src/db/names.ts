// Storage names, fixed forever: renaming one would orphan people's data.

export const databaseName = 'shipready' as const;

export const tables = {
  progress: 'progress',
  notes: 'notes',
  resources: 'resources',
  projects: 'projects',
  milestones: 'milestones',
  evalRuns: 'evalRuns',
  metrics: 'metrics',
  events: 'events',
  readinessSnapshots: 'readinessSnapshots',
  feedback: 'feedback',
  reviews: 'reviews',
  settings: 'settings',
} as const;
