// New row ids: random UUIDs, so rows from two machines can be merged without clashes.
export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
