// Link kinds are decided by the address, never by the label: a repository must be on a code host, notebooks are notebooks.
import { describe, expect, it } from 'vitest';
import type { ProjectLink } from '../domain/projects';
import { checkLink, guessLinkKind } from './link-kinds';

const link = (url: string, kind?: ProjectLink['kind'], label = 'Link'): ProjectLink => ({
  label,
  url,
  ...(kind ? { kind } : {}),
});

describe('checkLink', () => {
  it('keeps a repository on a code host', () => {
    for (const url of [
      'https://github.com/me/rag',
      'https://gitlab.com/me/rag',
      'https://codeberg.org/me/rag',
    ]) {
      expect(checkLink(link(url, 'repository'))).toEqual({ kind: 'repository' });
    }
  });

  it('refuses a repository link that is not on a code host, and GitHub Pages as code', () => {
    for (const url of ['https://myblog.example.com/rag', 'https://me.github.io/rag']) {
      const checked = checkLink(link(url, 'repository'));
      expect(checked.kind).toBe('other');
      expect(checked.problem).toMatch(/must point at a code host/);
    }
  });

  it('counts a .ipynb as a notebook whatever kind was chosen, a notebook on GitHub included', () => {
    const onGithub = checkLink(link('https://github.com/me/rag/blob/main/eval.ipynb', 'repository'));
    expect(onGithub.kind).toBe('notebook');
    expect(onGithub.problem).toMatch(/notebook/);
    expect(checkLink(link('https://example.com/files/Eval.IPYNB', 'live')).kind).toBe('notebook');
    expect(checkLink(link('https://colab.research.google.com/drive/abc', 'notebook'))).toEqual({
      kind: 'notebook',
    });
  });

  it('refuses a live deployment that is a code page', () => {
    const checked = checkLink(link('https://github.com/me/rag', 'live'));
    expect(checked.kind).toBe('other');
    expect(checked.problem).toMatch(/live deployment/);
  });

  it('never lets the label decide', () => {
    expect(checkLink(link('https://example.com/report', undefined, 'Repo')).kind).toBe('other');
    expect(checkLink(link('https://example.com/approach', undefined, 'Live demo app')).kind).toBe('other');
    expect(checkLink(link('https://github.com/me/rag', undefined, 'Report')).kind).toBe('repository');
    expect(checkLink(link('https://github.com/me/rag', 'repository', 'Production')).kind).toBe('repository');
  });

  it('names an address that cannot be read', () => {
    expect(checkLink(link('not a url', 'repository'))).toEqual({
      kind: 'other',
      problem: 'This address cannot be read.',
    });
  });
});

describe('guessLinkKind', () => {
  it('reads the host alone', () => {
    expect(guessLinkKind('https://github.com/me/rag')).toBe('repository');
    expect(guessLinkKind('https://github.com/me/rag/blob/main/a.ipynb')).toBe('notebook');
    expect(guessLinkKind('https://www.kaggle.com/code/me/rag')).toBe('notebook');
    expect(guessLinkKind('https://youtu.be/abc')).toBe('video');
    expect(guessLinkKind('https://me.github.io/rag')).toBe('other');
    expect(guessLinkKind('https://rag.example.com')).toBe('other');
  });
});
