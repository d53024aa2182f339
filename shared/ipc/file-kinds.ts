// The two file types ShipReady registers with the operating system, and what each opens as.

export const fileKinds = {
  bundle: { extension: 'shipready', label: 'ShipReady portfolio' },
  review: { extension: 'shipreview', label: 'ShipReady review' },
} as const;

export type FileKind = keyof typeof fileKinds;

/** The kind a file's name says it is, or null when it is neither type. */
export function fileKindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  for (const [kind, { extension }] of Object.entries(fileKinds)) {
    if (lower.endsWith(`.${extension}`)) return kind as FileKind;
  }
  return null;
}

/** An open-dialog filter for a kind; plain `.json` stays accepted for files exported before the types existed. */
export const openFilterFor = (kind: FileKind) => ({
  name: fileKinds[kind].label,
  extensions: [fileKinds[kind].extension, 'json'],
});
