import { describe, expect, it } from 'vitest';
import { linkProblem, linkProblems } from './link-problems';

describe('linkProblems', () => {
  it('names an invalid address in a sentence with its on-screen label', () => {
    expect(linkProblem({ label: 'Demo', url: 'http://demo.example.com' }, 1)).toBe(
      'Link 2 address starts with http://; only https:// addresses can be saved, so use the https one.',
    );
    expect(linkProblem({ label: 'Repo', url: 'github.com/me/my repo' }, 0)).toBe(
      'Link 1 address has a space in it; a web address has none.',
    );
  });

  it('names an empty or too long label and an empty address', () => {
    expect(linkProblem({ label: ' ', url: 'https://github.com/me/rag' }, 0)).toBe(
      'Link 1 label is empty; give the link a name, such as Repository.',
    );
    expect(linkProblem({ label: 'x'.repeat(130), url: 'https://github.com/me/rag' }, 2)).toBe(
      'Link 3 label is 130 characters; at most 120 fit.',
    );
    expect(linkProblem({ label: 'Live', url: '' }, 0)).toBe(
      'Link 1 address is empty; type its web address or remove the link.',
    );
  });

  it('has nothing to say about good links, including one typed without https://', () => {
    expect(
      linkProblems([
        { label: 'Repository', url: 'github.com/me/rag' },
        { label: 'Live app', url: 'https://rag.example.com' },
      ]),
    ).toEqual([]);
  });
});
