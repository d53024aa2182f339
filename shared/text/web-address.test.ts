import { describe, expect, it } from 'vitest';
import { addressProblem, withHttps } from './web-address';

describe('withHttps', () => {
  it('adds https:// to an address typed without one', () => {
    expect(withHttps('github.com/me/rag')).toBe('https://github.com/me/rag');
    expect(withHttps('  www.example.com ')).toBe('https://www.example.com');
    expect(withHttps('//example.com/a')).toBe('https://example.com/a');
    expect(withHttps('example.com:8443/x')).toBe('https://example.com:8443/x');
  });

  it('leaves an address with a scheme, and an empty one, as they are', () => {
    expect(withHttps('https://github.com/me')).toBe('https://github.com/me');
    expect(withHttps('http://github.com/me')).toBe('http://github.com/me');
    expect(withHttps('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withHttps('   ')).toBe('');
  });
});

describe('addressProblem', () => {
  it('accepts public https addresses, with or without https:// typed', () => {
    expect(addressProblem('github.com/me/rag')).toBeNull();
    expect(addressProblem('https://huggingface.co/spaces/me/demo')).toBeNull();
    expect(addressProblem('')).toBeNull();
  });

  it('names what is wrong, with the field’s label, in a sentence', () => {
    expect(addressProblem('http://example.com', 'Resource link')).toBe(
      'Resource link starts with http://; only https:// addresses can be saved, so use the https one.',
    );
    expect(addressProblem('javascript:alert(1)')).toBe(
      'The link is not a web address (it starts with “javascript:”); use an https:// address.',
    );
    expect(addressProblem('my repo')).toBe('The link has a space in it; a web address has none.');
    expect(addressProblem('localhost:3000')).toMatch(
      /^The link “https:\/\/localhost:3000” is not a public site/,
    );
    expect(addressProblem('notes')).toMatch(/is not a public site/);
  });
});
