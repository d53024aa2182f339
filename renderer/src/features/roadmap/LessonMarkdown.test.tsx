import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import LessonMarkdown from './LessonMarkdown';

const hostile = [
  '## A lesson someone tampered with',
  '',
  '<script>window.__pwned = true</script>',
  '',
  '<img src="x" onerror="window.__pwned = true">',
  '',
  '![tracking pixel](https://evil.example/pixel.png)',
  '',
  '[click me](javascript:window.__pwned=true)',
  '',
  '<iframe src="https://evil.example"></iframe>',
].join('\n');

describe('LessonMarkdown', () => {
  it('shows raw HTML as text and creates nothing that can run or load', () => {
    const { container } = render(<LessonMarkdown markdown={hostile} />);
    expect(container.querySelector('script, img, iframe, [onerror]')).toBeNull();
    expect(container.textContent).toContain('<script>window.__pwned = true</script>');
    expect(container.textContent).toContain('<img src="x" onerror="window.__pwned = true">');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('replaces a remote image with its description, so nothing is fetched', () => {
    const { container } = render(<LessonMarkdown markdown={hostile} />);
    expect(container.textContent).toContain('[image not loaded: tracking pixel');
    expect(container.innerHTML).not.toMatch(/<img/);
  });

  it('neutralises javascript: links', () => {
    const { container } = render(<LessonMarkdown markdown={hostile} />);
    const link = [...container.querySelectorAll('a')].find((a) => a.textContent === 'click me');
    expect(link?.getAttribute('href') ?? '').not.toMatch(/^javascript:/i);
  });

  it('still renders ordinary Markdown: headings, code and tables', () => {
    const { container } = render(
      <LessonMarkdown markdown={'## Title\n\n```python\nprint(1)\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |'} />,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Title');
    expect(container.querySelector('pre code')?.textContent).toContain('print(1)');
    expect(container.querySelectorAll('td')).toHaveLength(2);
  });
});
