// Keeps the cohort connection in the data folder (cohort-connection.json), written atomically.
import { readFile } from 'node:fs/promises';
import { type CohortConnection, cohortConnectionSchema } from '../../../shared/cohort/connection';
import { writeFileAtomic } from '../atomic-write';

export async function readConnection(path: string): Promise<CohortConnection | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const parsed = cohortConnectionSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // A damaged file means "not connected"; connecting again writes a sound one.
  }
}

export async function writeConnection(path: string, connection: CohortConnection): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(cohortConnectionSchema.parse(connection), null, 2)}\n`);
}
