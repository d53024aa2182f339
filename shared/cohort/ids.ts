// Student and mentor ids in a cohort folder: chosen once, lowercase, safe as a folder name on every system.
import { z } from 'zod';

export const memberId = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{1,39}$/,
    'use 2 to 40 lowercase letters, digits or dashes, starting with a letter or digit.',
  );

/** A starting suggestion from a name plus a random suffix, so two people called Ana never collide. */
export function suggestMemberId(name: string, randomHex: string): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'member';
  const suffix = randomHex
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '')
    .slice(0, 6);
  return suffix ? `${base.replace(/-+$/, '')}-${suffix}` : base;
}
