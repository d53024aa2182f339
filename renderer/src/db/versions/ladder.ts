// The schema's version ladder. APPEND-ONLY: each step is its own file with its own migration test.
import type Dexie from 'dexie';
import { v1InitialSchema } from './v1-initial-schema';

export const versionLadder: ((db: Dexie) => void)[] = [v1InitialSchema];
