import { describe, expect, it } from 'vitest';
import { destinationOf, isLocalBaseUrl, withoutVersionSuffix } from './loopback';

describe('isLocalBaseUrl', () => {
  it.each([
    'http://127.0.0.1:11434',
    'http://127.0.0.2:8080',
    'http://127.255.255.254',
    'http://localhost:11434',
    'http://localhost.:11434',
    'http://LOCALHOST',
    'http://[::1]:8080',
    'http://[::ffff:127.0.0.1]:8080',
    'http://[0:0:0:0:0:0:0:1]',
    'http://0x7f.1',
    'http://2130706433',
  ])('counts %s as this machine', (url) => {
    expect(isLocalBaseUrl(url)).toBe(true);
  });

  it.each([
    'https://api.anthropic.com',
    'http://128.0.0.1',
    'http://localhost.example.com',
    'http://127.0.0.1.nip.io',
    'http://[::ffff:10.0.0.1]',
    'http://[::2]',
    'not a url',
  ])('counts %s as elsewhere', (url) => {
    expect(isLocalBaseUrl(url)).toBe(false);
  });
});

describe('withoutVersionSuffix and destinationOf', () => {
  it('removes a trailing /v1 the SDK would add again, and says so', () => {
    expect(withoutVersionSuffix('http://127.0.0.1:11434/v1')).toEqual({
      baseUrl: 'http://127.0.0.1:11434',
      removed: true,
    });
    expect(withoutVersionSuffix('https://proxy.example.com/llm/v1/')).toEqual({
      baseUrl: 'https://proxy.example.com/llm',
      removed: true,
    });
    expect(withoutVersionSuffix('https://api.anthropic.com/')).toEqual({
      baseUrl: 'https://api.anthropic.com',
      removed: false,
    });
  });

  it('names the host a person would recognise', () => {
    expect(destinationOf('https://api.anthropic.com')).toBe('api.anthropic.com');
    expect(destinationOf('http://127.0.0.1:11434/')).toBe('127.0.0.1:11434');
  });
});
