// Reads chosen members of a ZIP archive (Inspect's `.eval` logs) with fflate, including members compressed
// with Zstandard (ZIP method 93), which fzstd decodes; nothing here decodes a format by hand.
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { decompress as zstdDecompress } from 'fzstd';

const zstdMethod = 93;
/** A member larger than this once decompressed is refused (a ZIP bomb, or a log far beyond any header). */
export const maxMemberBytes = 256 * 1024 * 1024;

export type ZipReading =
  | { ok: true; members: Map<string, Uint8Array>; names: string[]; skipped: string[] }
  | { ok: false; message: string };

function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** fflate's decoder interface for one Zstandard member: gathers the member, then decodes it whole. */
class UnzipZstd {
  static compression = zstdMethod;
  ondata: (err: Error | null, data: Uint8Array<ArrayBuffer>, final: boolean) => void = () => {};
  private chunks: Uint8Array[] = [];
  push(chunk: Uint8Array, final: boolean): void {
    this.chunks.push(chunk.slice());
    if (!final) return;
    try {
      const decoded = zstdDecompress(concat(this.chunks));
      const copy = new Uint8Array(decoded.length);
      copy.set(decoded);
      this.ondata(null, copy, true);
    } catch (error) {
      this.ondata(error instanceof Error ? error : new Error('zstd'), new Uint8Array(0), true);
    }
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Extracts the members whose names `wanted` accepts; lists every name seen. Never throws. */
export function readZipMembers(bytes: Uint8Array, wanted: (name: string) => boolean): ZipReading {
  const members = new Map<string, Uint8Array>();
  const names: string[] = [];
  const skipped: string[] = [];
  let failure: string | null = null;
  try {
    const unzip = new Unzip((file) => {
      names.push(file.name);
      if (!wanted(file.name) || failure) return;
      if (file.originalSize !== undefined && file.originalSize > maxMemberBytes) {
        skipped.push(`${file.name} is larger than ${maxMemberBytes / 1024 / 1024} MB once decompressed`);
        return;
      }
      if (![0, 8, zstdMethod].includes(file.compression)) {
        skipped.push(`${file.name} uses ZIP compression method ${file.compression}, which cannot be read`);
        return;
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      file.ondata = (error, data, final) => {
        if (error) {
          failure = `the member ${file.name} could not be decompressed (${error.message})`;
          return;
        }
        size += data.length;
        if (size > maxMemberBytes) {
          failure = `the member ${file.name} is larger than ${maxMemberBytes / 1024 / 1024} MB once decompressed`;
          return;
        }
        chunks.push(data);
        if (final) members.set(file.name, concat(chunks));
      };
      file.start();
    });
    unzip.register(UnzipPassThrough);
    unzip.register(UnzipInflate);
    unzip.register(UnzipZstd);
    unzip.push(bytes, true);
  } catch (error) {
    return {
      ok: false,
      message: `the ZIP archive is damaged (${error instanceof Error ? error.message : 'unreadable'})`,
    };
  }
  if (failure) return { ok: false, message: failure };
  return { ok: true, members, names, skipped };
}
