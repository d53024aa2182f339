// Copies database rows into bundle sections: only the fields each row schema declares, undefined fields
// dropped, privacy applied.
import { z } from 'zod';
import { type BundleRows, bundleRule, bundleTables, tableRegistry } from '../domain/tables';
import type { BundlePrivacy, BundleSections } from './schema';

/**
 * The value with only what `schema` declares: unknown members of objects are left out, and so are members
 * whose value is undefined, so an absent optional field and an undefined one export alike.
 */
export function declaredFields(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) {
    return value === undefined || value === null
      ? value
      : declaredFields(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (row[name] !== undefined) out[name] = declaredFields(field, row[name]);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => declaredFields(schema.element as z.ZodType, item));
  }
  if (schema instanceof z.ZodRecord && value !== null && typeof value === 'object') return { ...value };
  return value;
}

/**
 * The sections of a bundle, in registry order. Sections a privacy switch left out are absent, not empty.
 * Fields that are not part of the row schemas are not exported, so the file holds exactly what the
 * schema describes.
 */
export function exportSections(rows: BundleRows, privacy: BundlePrivacy): BundleSections {
  const sections: Record<string, unknown[]> = {};
  for (const table of bundleTables) {
    const rule = bundleRule(table);
    if (rule.section !== null && !privacy[rule.section]) continue;
    const schema = tableRegistry[table].schema as z.ZodType;
    sections[table] = (rows[table] as unknown[]).map((row) => {
      const declared = declaredFields(schema, row) as Record<string, unknown>;
      return rule.exportRow ? rule.exportRow(declared, privacy) : declared;
    });
  }
  return sections as BundleSections;
}
