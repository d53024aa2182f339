import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/domain/projects';
import { defaultProjectQuery, queryProjects, skillsInProjects } from './project-query';

const project = (id: string, overrides: Partial<Project>): Project => ({
  id,
  title: id,
  summary: '',
  skills: [],
  links: [],
  status: 'idea',
  designDecisions: '',
  postmortem: '',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const projects = [
  project('a', {
    title: 'Support-docs RAG',
    summary: 'Hybrid retrieval with a reranker',
    skills: ['rag', 'evals'],
    status: 'shipped',
    updatedAt: '2026-03-01T00:00:00.000Z',
  }),
  project('b', {
    title: 'agent for invoices',
    skills: ['agents'],
    status: 'building',
    updatedAt: '2026-04-01T00:00:00.000Z',
  }),
  project('c', { title: 'Eval harness', skills: ['evals'], updatedAt: '2026-02-01T00:00:00.000Z' }),
  project('d', {
    title: 'Old notebook',
    archivedAt: '2026-02-02T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
  }),
];
const ids = (list: Project[]) => list.map((p) => p.id);

describe('queryProjects', () => {
  it('sorts by last update by default and leaves archived projects out', () => {
    expect(ids(queryProjects(projects, defaultProjectQuery))).toEqual(['b', 'a', 'c']);
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, showArchived: true }))).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
  });

  it('sorts by title ignoring case, and by status from idea to shipped', () => {
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, sort: 'title' }))).toEqual(['b', 'c', 'a']);
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, sort: 'status' }))).toEqual(['c', 'b', 'a']);
  });

  it('searches title and summary for every word, and filters by skill and status', () => {
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, search: 'RERANKER hybrid' }))).toEqual([
      'a',
    ]);
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, search: 'hybrid agent' }))).toEqual([]);
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, skill: 'evals' }))).toEqual(['a', 'c']);
    expect(ids(queryProjects(projects, { ...defaultProjectQuery, skill: 'evals', status: 'idea' }))).toEqual([
      'c',
    ]);
  });

  it('offers only the skills some project has', () => {
    expect(skillsInProjects(projects)).toEqual(['agents', 'evals', 'rag']);
  });
});

describe('sorting by readiness contribution', () => {
  it('puts the project that earns the most measured and shown points first; ties by last update', () => {
    const contributions = new Map([
      ['b', 30],
      ['a', 12],
    ]);
    const sorted = queryProjects(projects, { ...defaultProjectQuery, sort: 'readiness' }, contributions);
    expect(sorted.map((p) => p.id).slice(0, 2)).toEqual(['b', 'a']);
    const rest = sorted.slice(2);
    const byUpdate = [...rest].sort((x, y) =>
      x.updatedAt < y.updatedAt ? 1 : x.updatedAt > y.updatedAt ? -1 : 0,
    );
    expect(rest.map((p) => p.id)).toEqual(byUpdate.map((p) => p.id));
  });
});
