// The published JSON Schemas of the bundle and review file, generated from the zod schemas that check them.
import { z } from 'zod';
import { reviewFileSchema } from './review-file';
import { bundleFormatVersion, portfolioBundleSchema } from './schema';

type JsonSchema = Record<string, unknown>;

/** Rules JSON Schema cannot express (catalog ranges, unique ids, references, the hash) are described in text. */
function published(schema: z.ZodType, id: string, title: string, description: string): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(schema);
  return { $schema, $id: id, title, description, ...rest };
}

export function portfolioBundleJsonSchema(): JsonSchema {
  return published(
    portfolioBundleSchema,
    `https://shipready.dev/schemas/portfolio-bundle-${bundleFormatVersion}.json`,
    `ShipReady portfolio bundle ${bundleFormatVersion}`,
    "A ShipReady portfolio. Beyond this schema, a reader checks: ids unique within each section; milestones and eval runs name a project in the bundle; baselineRunId and metric runId name a run in the bundle, and a metric has its run's projectId; metric values within the catalog range for their key; the sections present match privacy; and contentHash equals sha256 of the canonical JSON (keys sorted by code point, 2-space indentation, final newline) of everything except contentHash, with every section sorted by its key (itemId for progress and notes, id otherwise).",
  );
}

export function reviewFileJsonSchema(): JsonSchema {
  return published(
    reviewFileSchema,
    'https://shipready.dev/schemas/review-file-1.0.0.json',
    'ShipReady review file 1.0.0',
    "A mentor's review of one ShipReady portfolio bundle (bundleHash is that bundle's contentHash). contentHash equals sha256 of the canonical JSON of everything except contentHash, with items sorted by itemType then itemId and rubricScores by projectId then rubricItemId.",
  );
}
