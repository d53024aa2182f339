// Serves the built renderer from one folder, refusing anything that resolves outside it.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
  immutable: boolean;
}

/** Resolves a URL path (already stripped of its token prefix) to a file inside `root`, or null. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const base = resolve(root);
  const file = resolve(base, `.${sep}${relative}`);
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
  } catch {
    return null;
  }
  return {
    body: await readFile(file),
    contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
    immutable: relative.startsWith('assets/'),
  };
}
