import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyForMeta } from './csp';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('content security policy', () => {
  it('denies by default and allows scripts only from the app itself', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows eval or inline script, and loads no remote images', () => {
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(directives(contentSecurityPolicy).get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('leaves out frame-ancestors in the meta form, where browsers ignore it', () => {
    expect(contentSecurityPolicyForMeta).not.toContain('frame-ancestors');
    expect(contentSecurityPolicyForMeta).toContain("script-src 'self'");
  });
});
