import { describe, expect, it } from 'vitest';
import { portfolioBundleJsonSchema, reviewFileJsonSchema } from './json-schema';
import committedBundleSchema from './portfolio-bundle.schema.json';
import committedReviewSchema from './review-file.schema.json';

const regenerate =
  'The committed JSON Schema is out of date. Regenerate it from the repository root with:\n' +
  "npx esbuild shared/bundle/json-schema.ts --bundle --format=esm --platform=node --log-level=warning --outfile=node_modules/.cache/shipready-schemas.mjs && node -e \"import('./node_modules/.cache/shipready-schemas.mjs').then((m) => { const fs = require('fs'); fs.writeFileSync('shared/bundle/portfolio-bundle.schema.json', JSON.stringify(m.portfolioBundleJsonSchema(), null, 2) + '\\n'); fs.writeFileSync('shared/bundle/review-file.schema.json', JSON.stringify(m.reviewFileJsonSchema(), null, 2) + '\\n'); })\" && npx biome format --write shared/bundle/*.schema.json";

describe('published JSON Schemas', () => {
  it('the committed portfolio bundle schema is what the zod schema generates', () => {
    expect(committedBundleSchema, regenerate).toEqual(portfolioBundleJsonSchema());
  });

  it('the committed review file schema is what the zod schema generates', () => {
    expect(committedReviewSchema, regenerate).toEqual(reviewFileJsonSchema());
  });

  it('name themselves and refuse unknown keys', () => {
    const bundle = portfolioBundleJsonSchema();
    expect(bundle.$id).toBe('https://shipready.dev/schemas/portfolio-bundle-1.1.0.json');
    expect(bundle.title).toBe('ShipReady portfolio bundle 1.1.0');
    expect(bundle.additionalProperties).toBe(false);
    expect(bundle.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(reviewFileJsonSchema().$id).toBe('https://shipready.dev/schemas/review-file-1.0.0.json');
  });
});
