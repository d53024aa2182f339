import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHref } from './escape';

const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves no markup character behind and loses no text, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeEntities(escaped)).toBe(text);
      }),
    );
  });
});

describe('safeHref', () => {
  it('returns public https addresses as the browser serializes them', () => {
    expect(safeHref('https://github.com/someone/rag')).toBe('https://github.com/someone/rag');
    expect(safeHref('  https://demo.example.com  ')).toBe('https://demo.example.com/');
  });

  it('percent-encodes quotes and angle brackets, so the address cannot leave its attribute', () => {
    const href = safeHref('https://example.com/a"b<c>?q="x"#"y"');
    expect(href).not.toBeNull();
    expect(href).not.toMatch(/[<>"\s]/);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['javascript: after spaces', '  javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://example.com'],
    ['credentials', 'https://user:pass@example.com/'],
    ['a user name alone', 'https://user@example.com/'],
    ['localhost', 'https://localhost/admin'],
    ['a single-label host', 'https://intranet/'],
    ['a protocol-relative address', '//example.com/x'],
    ['a relative path', '/etc/passwd'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_kind, url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('never returns anything but an https address, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (url) => {
        const href = safeHref(url);
        if (href !== null) expect(href.startsWith('https://')).toBe(true);
      }),
    );
  });
});
