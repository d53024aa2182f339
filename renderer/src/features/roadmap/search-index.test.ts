import { describe, expect, it } from 'vitest';
import type { PersonalSearch, SearchDoc } from './search-index';
import { searchAll, searchIndexOf } from './search-index';

const content: SearchDoc[] = [
  {
    id: 'lesson:m2-hybrid',
    kind: 'lesson',
    target: 'm2-hybrid',
    title: 'Dense, sparse and hybrid retrieval',
    text: 'Reciprocal rank fusion merges BM25 and embeddings.',
  },
  {
    id: 'task:m2-rerank',
    kind: 'task',
    target: 'm2-rerank',
    title: 'Add a reranker',
    text: 'Put a cross-encoder in front of the top 50 results.',
  },
  {
    id: 'skill:evals',
    kind: 'skill',
    target: 'evals',
    title: 'Evaluation and observability',
    text: 'Golden sets and regression checks.',
  },
];
const titles: Record<string, string> = { 'm1-async': 'Async Python', 'm2-hybrid': 'Hybrid retrieval' };
const personal: PersonalSearch = {
  notes: [{ itemId: 'm1-async', text: 'semaphore of twenty', updatedAt: '2026-11-01T10:00:00.000Z' }],
  progress: [
    {
      itemId: 'm1-async',
      status: 'skipped',
      skipReason: 'outside-evidence',
      skipNote: 'Coursera asyncio certificate',
      updatedAt: '2026-11-01T10:00:00.000Z',
    },
    { itemId: 'm2-hybrid', status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' },
  ],
  resources: [
    {
      id: 'r1',
      itemId: 'm2-hybrid',
      title: 'Pinecone hybrid search guide',
      url: 'https://www.pinecone.io/learn/hybrid-search-intro/',
      createdAt: '2026-11-01T10:00:00.000Z',
    },
  ],
  titleOf: (id) => titles[id] ?? id,
};
const index = searchIndexOf(content);
const search = (query: string) => searchAll(index, personal, query).map((hit) => `${hit.kind}:${hit.target}`);

describe('roadmap search', () => {
  it('finds a skip note by its text and leads to the skipped item', () => {
    expect(search('coursera')).toEqual(['skip:m1-async']);
    expect(searchAll(index, personal, 'certificate')[0]?.title).toBe('Async Python');
  });

  it('finds the person’s resources by title and address, and tasks by their description', () => {
    expect(search('pinecone')).toEqual(['resource:m2-hybrid']);
    expect(searchAll(index, personal, 'pinecone')[0]?.title).toBe(
      'Pinecone hybrid search guide (on Hybrid retrieval)',
    );
    expect(search('cross-encoder')).toEqual(['task:m2-rerank']);
  });

  it('tolerates a typo and finds words from their first letters', () => {
    expect(search('reciprocol')).toEqual(['lesson:m2-hybrid']);
    expect(search('retreival')).toContain('lesson:m2-hybrid');
    expect(search('semaphor')).toEqual(['note:m1-async']);
    expect(search('observab')).toEqual(['skill:evals']);
  });

  it('does not search on one letter, and a short word must match exactly', () => {
    expect(search('r')).toEqual([]);
    expect(search('bm24')).toEqual(['lesson:m2-hybrid']);
    expect(search('qqq')).toEqual([]);
  });
});
