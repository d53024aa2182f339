// Storage names, fixed forever: renaming one would orphan people's data. Table names are the keys of the
// registry in shared/domain/tables.ts.

export const databaseName = 'shipready' as const;
