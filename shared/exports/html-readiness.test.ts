// The report shows the same tiers, gaps and ready-to-apply checks as the readiness page.
import { describe, expect, it } from 'vitest';
import { demoBuilder, productionEngineer } from '../../tests/fixtures/personas/hiring-personas';
import { computeReadiness } from '../readiness/compute-readiness';
import { readinessSections } from './html-readiness';

describe('readinessSections: evidence by tier', () => {
  it('lists each skill with its tiers and first gap, and the checks that passed or are missing', () => {
    const input = demoBuilder();
    const readiness = computeReadiness(input);
    const html = readinessSections(input.curriculum, readiness);
    expect(html).toContain('<h2>Evidence by tier</h2>');
    const rag = readiness.skills.find((skill) => skill.skillId === 'rag');
    expect(html).toContain(`<td class="number">${rag?.tiers.shown}</td>`);
    expect(html).toContain('No qualifying evaluation run for RAG architecture');
    expect(html).toContain(`<strong>Missing</strong>: ${readiness.readyToApply.missing?.label}`);
  });

  it('shows every check passed for a ready portfolio', () => {
    const input = productionEngineer();
    const html = readinessSections(input.curriculum, computeReadiness(input));
    expect(html).not.toContain('<strong>Missing</strong>');
    expect(html).toContain('<strong>Passed</strong>: a qualifying run with a comparable baseline on');
  });
});
