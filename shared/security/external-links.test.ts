import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://docs.python.org/3/library/asyncio.html',
    'https://github.com/someone/rag-project',
    'https://arxiv.org/abs/2005.11401',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['smb:', 'smb://server/share'],
    ['a custom scheme', 'shipready://open'],
    ['another custom scheme', 'vscode://file/etc/passwd'],
    ['http:', 'http://example.com'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['ftp:', 'ftp://example.com/file'],
    ['credentials in the URL', 'https://user:pass@example.com'],
    ['localhost', 'https://localhost/admin'],
    ['loopback IP', 'https://127.0.0.1/'],
    ['another loopback IP', 'https://127.0.0.2/'],
    ['a loopback IP written in hex', 'https://0x7f.0.0.1/'],
    ['localhost with a trailing dot', 'https://localhost./'],
    ['an IPv6 loopback', 'https://[::1]/'],
    ['an IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/'],
    ['a private network address', 'https://192.168.1.10/'],
    ['another private network address', 'https://10.0.0.5/'],
    ['a link-local address', 'https://169.254.169.254/latest/meta-data'],
    ['a single-label host', 'https://intranet/'],
    ['a relative path', '/etc/passwd'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses very long URLs', () => {
    expect(isAllowedExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBe(false);
  });
});
