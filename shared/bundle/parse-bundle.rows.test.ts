import { describe, expect, it } from 'vitest';
import { changed, problemsOf, row, sampleBundle } from '../../tests/fixtures/bundles/bundle-rows';
import { parseBundle } from './parse-bundle';

describe('parseBundle refuses rows that break the rules, naming the field', () => {
  it('values out of range: faithfulness 1.7, negative latency, scores, counts', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.metrics, 2).value = 1.7;
      row(bundle.sections.metrics, 3).value = -5;
      row(bundle.sections.readinessSnapshots, 0).overall = 101;
      row(bundle.sections.feedback, 0).inputTokens = -1;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.metrics[2].value: faithfulness must be between 0 and 1 (got 1.7).',
      'sections.metrics[3].value: latency p95 must be 0 or more (got -5).',
      'sections.feedback[0].inputTokens: must be 0 or more (got -1).',
      'sections.readinessSnapshots[0].overall: must be 100 or less (got 101).',
    ]);
  });

  it('metric rules of the catalog: k, custom unit and direction, unknown keys', async () => {
    const text = await changed((bundle) => {
      delete row(bundle.sections.metrics, 0).k;
      delete row(bundle.sections.metrics, 1).unit;
      row(bundle.sections.metrics, 2).k = 3;
      row(bundle.sections.metrics, 3).key = 'vibes';
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.metrics[0].k: recall@k needs its k, a whole number from 1 to 1000.',
      'sections.metrics[1].unit: a custom metric needs a unit.',
      'sections.metrics[2].k: this metric does not take a k.',
      'sections.metrics[3].key: "vibes" is not a metric in the catalog; pick one from the catalog or name your own as custom:<name>.',
    ]);
  });

  it('links that are not https to a public site', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 0).links = [
        { label: 'a', url: 'http://example.com' },
        { label: 'b', url: 'javascript:alert(1)' },
        { label: 'c', url: 'https://localhost/admin' },
      ];
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.projects[0].links[0].url: links must start with https://.',
      'sections.projects[0].links[1].url: links must start with https://.',
      'sections.projects[0].links[2].url: links must be https:// addresses of public sites.',
    ]);
  });

  it('text over its cap', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 0).title = 't'.repeat(201);
      row(bundle.sections.notes, 0).text = 'n'.repeat(100_001);
      bundle.owner.name = 'o'.repeat(121);
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'owner.name: must be 120 characters or fewer (got 121).',
      'sections.notes[0].text: must be 100,000 characters or fewer (got 100,001).',
      'sections.projects[0].title: must be 200 characters or fewer (got 201).',
    ]);
  });

  it('unknown keys, at any level', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 0).color = 'red';
      Object.assign(bundle, { signature: 'x' });
      Object.assign(bundle.sections, { events: [] });
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.projects[0].color: is not a field of this format; remove it.',
      'sections.events: is not a field of this format; remove it.',
      'signature: is not a field of this format; remove it.',
    ]);
  });

  it('__proto__, constructor and prototype keys, without touching any prototype', async () => {
    const { text } = await sampleBundle();
    const hostile = text
      .replace('"title": "Agent"', '"__proto__": {"polluted": true}, "title": "Agent"')
      .replace('"contentVersion": 3', '"constructor": {"prototype": {"polluted": true}}, "contentVersion": 3')
      .replace('"layers": []', '"layers": [], "prototype": 1');
    expect(problemsOf(await parseBundle(hostile))).toEqual([
      'constructor: the key "constructor" is not allowed.',
      'sections.feedback[0].answer.prototype: the key "prototype" is not allowed.',
      'sections.projects[1].__proto__: the key "__proto__" is not allowed.',
    ]);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('duplicate ids and item ids', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 1).id = 'p1';
      row(bundle.sections.progress, 1).itemId = 'month-1.lesson-1';
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.progress[1].itemId: "month-1.lesson-1" appears twice.',
      'sections.projects[1].id: "p1" appears twice.',
    ]);
  });

  it('dangling references', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.milestones, 0).projectId = 'p9';
      row(bundle.sections.evalRuns, 1).baselineRunId = 'r9';
      row(bundle.sections.metrics, 0).runId = 'r9';
      row(bundle.sections.metrics, 2).projectId = 'p2';
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.milestones[0].projectId: project "p9" is not in the bundle.',
      'sections.evalRuns[1].baselineRunId: run "r9" is not in the bundle.',
      'sections.metrics[0].runId: run "r9" is not in the bundle.',
      'sections.metrics[2].projectId: run "r2" belongs to project "p1", not "p2".',
    ]);
  });

  it('rows that contradict each other: a run as its own baseline, a baseline loop, one on another project', async () => {
    const own = await changed((bundle) => {
      const run = row(bundle.sections.evalRuns, 0);
      run.baselineRunId = run.id;
    });
    expect(problemsOf(await parseBundle(own)).join(' ')).toContain('a run cannot be its own baseline.');
    const loop = await changed((bundle) => {
      const [first, second] = [row(bundle.sections.evalRuns, 0), row(bundle.sections.evalRuns, 1)];
      first.baselineRunId = second.id;
      second.baselineRunId = first.id;
    });
    expect(problemsOf(await parseBundle(loop)).join(' ')).toContain('baselines go round in a loop');
    const elsewhere = await changed((bundle) => {
      row(bundle.sections.evalRuns, 0).projectId = 'p2';
      for (const metric of bundle.sections.metrics as Record<string, unknown>[]) {
        if (metric.runId === row(bundle.sections.evalRuns, 0).id) metric.projectId = 'p2';
      }
      row(bundle.sections.evalRuns, 0).baselineRunId = row(bundle.sections.evalRuns, 1).id;
    });
    expect(problemsOf(await parseBundle(elsewhere)).join(' ')).toContain('belongs to another project');
  });

  it('LLM answers checked by kind: a forged self-check grade and a review without its summary', async () => {
    const forged = await changed((bundle) => {
      const answer = row(bundle.sections.feedback, 0);
      answer.kind = 'mock-interview';
      answer.answer = {
        skillId: 'rag',
        questionId: 'rag-q1',
        covered: 12,
        total: 4,
        gradedAt: '2026-11-21T10:00:00.000Z',
      };
    });
    expect(problemsOf(await parseBundle(forged))).toEqual([
      'sections.feedback[0].answer: the grade covers 12 of 4 points, which no answer can.',
    ]);
    const review = await changed((bundle) => {
      row(bundle.sections.feedback, 0).answer = { layers: [] };
    });
    expect(problemsOf(await parseBundle(review))).toEqual([
      'sections.feedback[0].answer.summary: a readiness review needs its summary as text.',
    ]);
  });

  it('a project shipped before it started', async () => {
    const text = await changed((bundle) => {
      const project = row(bundle.sections.projects, 0);
      project.startedOn = '2026-10-01';
      project.shippedOn = '2026-09-01';
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.projects[0].shippedOn: 2026-09-01 is before the start date 2026-10-01.',
    ]);
  });

  it('the same metric twice in one run', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.metrics, 3).key = 'faithfulness';
      row(bundle.sections.metrics, 3).value = 0.5;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.metrics[3].key: faithfulness appears twice in run "r2".',
    ]);
  });

  it('invalid dates and times', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.projects, 0).startedOn = '2026-02-30';
      row(bundle.sections.projects, 0).updatedAt = '2026-02-30T10:00:00.000Z';
      row(bundle.sections.projects, 1).createdAt = '2026-11-21T10:00:00Z';
      row(bundle.sections.evalRuns, 0).ranOn = '1999-12-31';
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.projects[0].startedOn: use a real date written YYYY-MM-DD (got "2026-02-30").',
      'sections.projects[0].updatedAt: use a real UTC time written like 2026-11-21T10:00:00.000Z (got "2026-02-30T10:00:00.000Z").',
      'sections.projects[1].createdAt: use a real UTC time written like 2026-11-21T10:00:00.000Z (got "2026-11-21T10:00:00Z").',
      'sections.evalRuns[0].ranOn: must be between 2000-01-01 and 2100-12-31 (got 1999-12-31).',
    ]);
  });

  it('sections that do not match the privacy choices', async () => {
    const text = await changed((bundle) => {
      Object.assign(bundle.privacy, { notes: false, resources: true, costs: false });
      delete bundle.sections.resources;
    });
    expect(problemsOf(await parseBundle(text))).toEqual([
      'sections.notes: is in the file, but privacy.notes says it was left out.',
      'sections.resources: is missing, but privacy.resources says it is included.',
      'sections.feedback[0].inputTokens: must be 0 because privacy.costs is false (got 1200).',
      'sections.feedback[0].outputTokens: must be 0 because privacy.costs is false (got 300).',
      'sections.feedback[0].estimatedCostUsd: must be 0 because privacy.costs is false (got 0.0081).',
    ]);
  });

  it('a changed value: the content hash no longer matches', async () => {
    const { text } = await sampleBundle();
    const result = await parseBundle(text.replace('"value": 0.91', '"value": 0.99'));
    expect(problemsOf(result)).toEqual(['contentHash: the file was changed after export (hash mismatch).']);
    const badHash = await parseBundle(text.replace(/"sha256:[0-9a-f]+"/, '"sha256:abc"'));
    expect(problemsOf(badHash)).toEqual(['contentHash: use "sha256:" followed by 64 lowercase hex digits.']);
  });

  it('at most 50 problems and a count of the rest', async () => {
    const text = await changed((bundle) => {
      row(bundle.sections.progress, 0).status = 'finished';
      bundle.sections.progress = Array.from({ length: 60 }, (_, index) => ({
        itemId: `item-${index}`,
        status: 'finished',
        updatedAt: '2026-11-21T10:00:00.000Z',
      }));
    });
    const problems = problemsOf(await parseBundle(text));
    expect(problems).toHaveLength(51);
    expect(problems[0]).toBe(
      'sections.progress[0].status: must be "pending", "in-progress", "done" or "skipped" (got "finished").',
    );
    expect(problems[50]).toBe('file: … and 10 more problems.');
  });
});
