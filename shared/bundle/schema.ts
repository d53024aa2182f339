// The portfolio bundle's shape: a versioned, hashed JSON document holding the sections a person chose to share.
import { z } from 'zod';
import { majorOneVersion, sha256Ref, timestamp } from '../domain/fields';
import { type BundleTable, bundleTables, type OptionalSection, tableRegistry } from '../domain/tables';

export const bundleFormat = 'shipready-portfolio';
/** 1.1.0: projects may carry primary skills and links a kind (optional fields: readers of 1.x accept both). */
export const bundleFormatVersion = '1.1.0';

export const bundlePrivacySchema = z
  .strictObject({
    notes: z.boolean(),
    resources: z.boolean(),
    costs: z.boolean(),
    llmAnswers: z.boolean(),
    /** Absent in bundles written before the review log travelled: left out. */
    reviewLog: z.boolean().optional(),
  })
  .meta({
    description:
      'true = included. A left-out notes, resources, feedback or reviewLog section is absent, not empty (reviewLog absent means left out); with costs false every feedback row has inputTokens, outputTokens and estimatedCostUsd 0.',
  });

export type BundlePrivacy = z.infer<typeof bundlePrivacySchema>;

type Registry = typeof tableRegistry;
type SectionSchemas = {
  [T in BundleTable]: T extends OptionalSection
    ? z.ZodOptional<z.ZodArray<Registry[T]['schema']>>
    : z.ZodArray<Registry[T]['schema']>;
};

/** One section per bundle table of the registry: a list of its rows, absent when a privacy switch left it out. */
const sectionSchemas = Object.fromEntries(
  bundleTables.map((table) => {
    const { schema, bundle } = tableRegistry[table];
    const rows = z.array(schema as z.ZodType);
    return [table, bundle.section === null ? rows : rows.optional()];
  }),
) as unknown as SectionSchemas;

export const bundleSectionsSchema = z.strictObject(sectionSchemas);

export type BundleSections = z.infer<typeof bundleSectionsSchema>;

/**
 * Checks every field of a bundle. Rules that span rows (unique ids, references between rows, privacy
 * matching the sections, the content hash) are checked by `parseBundle`, which is what imports should call.
 */
export const portfolioBundleSchema = z.strictObject({
  format: z.literal(bundleFormat),
  formatVersion: majorOneVersion,
  /** The curriculum content version the item ids refer to. */
  contentVersion: z.number().int().min(1).max(1_000_000),
  owner: z.strictObject({ name: z.string().max(120) }),
  exportedAt: timestamp.optional().meta({
    description:
      'When the file was written. A merge stores no time from the file later than this or than the moment of import.',
  }),
  sections: bundleSectionsSchema,
  privacy: bundlePrivacySchema,
  contentHash: sha256Ref.meta({
    description: 'sha256 of the canonical JSON of everything except contentHash, sections sorted by key.',
  }),
});

export type PortfolioBundle = z.infer<typeof portfolioBundleSchema>;

/** A bundle before its hash is computed. */
export type UnhashedBundle = Omit<PortfolioBundle, 'contentHash'>;
