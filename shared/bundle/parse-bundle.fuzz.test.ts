import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIncluded, sampleRows } from '../../tests/fixtures/bundles/bundle-rows';
import { buildBundle } from './build-bundle';
import { computeContentHash } from './hash';
import { parseBundle } from './parse-bundle';
import type { UnhashedBundle } from './schema';

type Result = Awaited<ReturnType<typeof parseBundle>>;
type Path = (string | number)[];

/** Every outcome is a Checked value; a refusal names a field for each problem and never falls into the catch-all. */
function expectChecked(result: Result): void {
  if (result.ok) {
    expect(result.value.format).toBe('shipready-portfolio');
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(51);
  for (const problem of result.problems) {
    expect(problem.field).not.toBe('');
    expect(problem.message).not.toBe('');
    expect(problem.message).not.toMatch(/^could not be read/);
  }
}

function paths(value: unknown, at: Path = [], found: Path[] = []): Path[] {
  found.push(at);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) paths(item, [...at, index], found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) paths(child, [...at, key], found);
  }
  return found;
}

type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add-key'; pick: number; key: string; value: unknown }
  | { kind: 'duplicate'; pick: number };

const hostileKey = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id'),
);
const anyJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(-1, 1.7, 1e308, -0, '', '2026-02-30', 'https://localhost', 'custom:x', 'p1', 'r1', null),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: anyJson }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('add-key' as const), pick: fc.nat(), key: hostileKey, value: anyJson }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
);

/** Applies one mutation to the value at a picked path of a parsed bundle (a JSON tree). */
function mutate(root: Record<string, unknown>, change: Mutation): void {
  const all = paths(root).filter((path) => path.length > 0);
  const path = all[change.pick % all.length] ?? [];
  const key = path.at(-1);
  let parent: unknown = root;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  if (key === undefined || typeof parent !== 'object' || parent === null) return;
  const container = parent as Record<string | number, unknown>;
  const target = container[key];
  if (change.kind === 'replace') container[key] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(container) && typeof key === 'number') container.splice(key, 1);
    else delete container[key];
  } else if (
    change.kind === 'add-key' &&
    typeof target === 'object' &&
    target !== null &&
    !Array.isArray(target)
  ) {
    Object.defineProperty(target, change.key, {
      value: change.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (change.kind === 'duplicate' && Array.isArray(container) && typeof key === 'number') {
    container.splice(key, 0, structuredClone(target));
  }
}

describe('parseBundle fuzz: never throws, always a Checked value', () => {
  it('on random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expectChecked(await parseBundle(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        expectChecked(await parseBundle(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on random mutations of a valid bundle, with and without a fresh hash', async () => {
    const { text } = await buildBundle({
      owner: 'Ada',
      contentVersion: 3,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (changes, rehash) => {
          const bundle = JSON.parse(text) as Record<string, unknown>;
          for (const change of changes) mutate(bundle, change);
          if (rehash) {
            bundle.contentHash = await computeContentHash(bundle as unknown as UnhashedBundle).catch(
              () => bundle.contentHash,
            );
          }
          expectChecked(await parseBundle(JSON.stringify(bundle)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random damage to the text of a valid bundle', async () => {
    const { text } = await buildBundle({
      owner: 'Ada',
      contentVersion: 3,
      rows: sampleRows(),
      privacy: allIncluded,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.nat(text.length),
        fc.nat(text.length),
        fc.string({ maxLength: 4, unit: 'binary' }),
        async (start, length, insert) => {
          const damaged =
            text.slice(0, start) + insert + text.slice(Math.min(text.length, start + (length % 40)));
          expectChecked(await parseBundle(damaged));
        },
      ),
      { numRuns: 300 },
    );
  });
});
