import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIncluded, at, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from '../bundle/build-bundle';
import { parseBundle } from '../bundle/parse-bundle';
import { isAllowedExternalUrl } from '../security/external-links';
import { type ProjectLink, projectEditSchema } from './projects';

const hosts = fc.constantFrom(
  'github.com',
  'docchat.fly.dev',
  '127.0.0.1',
  '127.0.0.2',
  'localhost',
  'localhost.',
  '[::1]',
  '192.168.0.4',
  'intranet',
  'example.com:8443',
);
const urls = fc.oneof(
  fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true, withFragments: true }),
  fc
    .tuple(fc.constantFrom('https://', 'http://', ' https://', ''), hosts, fc.webPath())
    .map((parts) => parts.join('')),
  fc.string({ maxLength: 30 }),
);
const labels = fc.oneof(
  fc.string({ maxLength: 140 }),
  fc.constantFrom('repo', ' Live demo ', 'x'.repeat(100)),
);

/** The sample portfolio after the form saved `links` on its first project. */
function rowsWith(links: ProjectLink[]) {
  const rows = sampleRows();
  const [first, ...others] = rows.projects;
  if (!first) throw new Error('the sample has a project');
  return { ...rows, projects: [{ ...first, links, updatedAt: at(59) }, ...others] };
}

describe('project links: one rule for the form, the bundle and the mentor import', () => {
  it('a link the project form accepts always survives export and the mentor import', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ label: labels, url: urls }), { maxLength: 3 }), async (typed) => {
        const form = projectEditSchema.safeParse({ title: 'DocChat', links: typed });
        if (!form.success) return;
        const rows = rowsWith(form.data.links);
        const { text } = await buildBundle({ owner: 'Ada', contentVersion: 1, rows, privacy: allIncluded });
        const imported = await parseBundle(text);
        expect(imported.ok ? [] : imported.problems).toEqual([]);
        if (imported.ok)
          expect(
            imported.value.sections.projects.find((project) => project.updatedAt === at(59))?.links,
          ).toEqual(form.data.links);
        for (const link of form.data.links) expect(isAllowedExternalUrl(link.url)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['a loopback address', 'https://127.0.0.1/'],
    ['localhost', 'https://localhost:3000/'],
    ['plain http', 'http://github.com/ada/docchat'],
  ])('the form refuses %s, which the mentor import would refuse too', (_case, url) => {
    expect(projectEditSchema.safeParse({ title: 'DocChat', links: [{ label: 'repo', url }] }).success).toBe(
      false,
    );
  });

  it('the form keeps a 100-character label, which the bundle accepts', () => {
    const parsed = projectEditSchema.safeParse({
      title: 'DocChat',
      links: [{ label: 'x'.repeat(100), url: 'https://github.com/ada/docchat' }],
    });
    expect(parsed.success).toBe(true);
  });
});
