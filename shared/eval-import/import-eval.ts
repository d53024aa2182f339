// The entry point: a dropped file or folder in, the runs it holds out (or the reasons it cannot be read),
// with the tool, its version, the file's name and sha256. Pure; never throws.
import { parseDeepEval } from './deepeval';
import { parseInspectEvalZip, parseInspectLog } from './inspect';
import { parseLmEval } from './lm-eval';
import { parseMlflowCsv } from './mlflow-csv';
import { type FolderEntry, parseMlrunsFolder } from './mlflow-folder';
import { parsePromptfoo } from './promptfoo';
import { parseRagas } from './ragas';
import { sha256OfBytes } from './sha256';
import { type EvalFormat, sniffEvalFile } from './sniff';
import type { EvalImportResult, EvalTool, ParsedEvalFile } from './types';

export type EvalInput =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'folder'; name: string; entries: FolderEntry[] };

const toolOf: Record<EvalFormat, EvalTool> = {
  'inspect-eval': 'inspect',
  'inspect-json': 'inspect',
  promptfoo: 'promptfoo',
  'lm-eval': 'lm-eval',
  deepeval: 'deepeval',
  'mlflow-csv': 'mlflow',
  'ragas-csv': 'ragas',
};

/** sha256 over a folder: each entry's path and bytes, in path order, so the same folder always hashes alike. */
async function folderHash(entries: FolderEntry[]): Promise<string> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const entry of [...entries].sort((a, b) => (a.relativePath < b.relativePath ? -1 : 1))) {
    parts.push(encoder.encode(`${entry.relativePath}\u0000`));
    parts.push(entry.bytes ?? encoder.encode(entry.text ?? ''));
    parts.push(encoder.encode('\u0000'));
  }
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return sha256OfBytes(joined);
}

function parseFile(
  name: string,
  bytes: Uint8Array,
): { parsed: ParsedEvalFile; format?: EvalFormat; reason?: string } {
  const sniffed = sniffEvalFile(name, bytes);
  if (sniffed.kind === 'unknown')
    return { parsed: { ok: false, problems: [{ field: sniffed.field, message: sniffed.message }] } };
  if (sniffed.kind === 'zip')
    return { parsed: parseInspectEvalZip(bytes), format: sniffed.format, reason: sniffed.reason };
  if (sniffed.kind === 'csv') {
    const parsed =
      sniffed.format === 'mlflow-csv'
        ? parseMlflowCsv(sniffed.headers, sniffed.rows)
        : parseRagas(sniffed.headers, sniffed.rows);
    return { parsed, format: sniffed.format, reason: sniffed.reason };
  }
  const parsers: Record<EvalFormat, () => ParsedEvalFile> = {
    'inspect-eval': () => parseInspectLog(sniffed.doc),
    'inspect-json': () => parseInspectLog(sniffed.doc),
    promptfoo: () => parsePromptfoo(sniffed.doc),
    'lm-eval': () => parseLmEval(sniffed.doc),
    deepeval: () => parseDeepEval(sniffed.doc, name),
    'mlflow-csv': () => ({ ok: false, problems: [] }),
    'ragas-csv': () => ({ ok: false, problems: [] }),
  };
  return { parsed: parsers[sniffed.format](), format: sniffed.format, reason: sniffed.reason };
}

/** Reads one dropped file or folder. Nothing is written anywhere; the caller previews and confirms. */
export async function importEvalInput(input: EvalInput): Promise<EvalImportResult> {
  try {
    if (input.kind === 'folder') {
      const parsed = parseMlrunsFolder(input.entries);
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        value: {
          source: {
            tool: 'mlflow',
            formatVersion: parsed.formatVersion,
            fileName: input.name,
            sha256: await folderHash(input.entries),
            detectedBy:
              'it is a folder holding MLflow run folders (<experiment>/<run>/meta.yaml with a run_id)',
          },
          runs: parsed.runs,
          leftOut: parsed.leftOut,
        },
      };
    }
    const { parsed, format, reason } = parseFile(input.name, input.bytes);
    if (!parsed.ok || !format) return parsed.ok ? { ok: false, problems: [] } : parsed;
    return {
      ok: true,
      value: {
        source: {
          tool: toolOf[format],
          toolVersion: parsed.toolVersion,
          formatVersion: parsed.formatVersion,
          fileName: input.name,
          sha256: await sha256OfBytes(input.bytes),
          detectedBy: reason ?? '',
        },
        runs: parsed.runs,
        leftOut: parsed.leftOut,
      },
    };
  } catch (error) {
    // A parser bug must reach the person as a message, not as a crash of the import.
    return {
      ok: false,
      problems: [
        {
          field: 'file',
          message: `the file could not be read (${error instanceof Error ? error.message : 'unexpected error'}).`,
        },
      ],
    };
  }
}
