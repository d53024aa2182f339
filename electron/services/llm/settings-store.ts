// The LLM settings that are not secret: model, base URL and the monthly spend cap.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { baseUrlSchema, defaultLlmSettings } from '../../../shared/llm/contract';
import { writeFileAtomic } from '../atomic-write';

const storedSchema = z.object({
  model: z.string().min(1).max(100),
  baseUrl: baseUrlSchema,
  monthlyCapUsd: z.number().finite().min(0).max(1000),
});

export type StoredLlmSettings = z.infer<typeof storedSchema>;

export async function loadLlmSettings(path: string): Promise<StoredLlmSettings> {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : { ...defaultLlmSettings };
  } catch {
    return { ...defaultLlmSettings };
  }
}

export async function saveLlmSettings(path: string, settings: StoredLlmSettings): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(settings, null, 2)}\n`);
}
