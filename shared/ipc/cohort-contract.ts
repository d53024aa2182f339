// The cohort folder's part of the desktop contract: channels, payload schemas, answers and DesktopApi methods.
import { z } from 'zod';
import { type CohortConnection, cohortConnectionSchema, publishPrivacySchema } from '../cohort/connection';
import type { CohortIndex } from '../cohort/folder-index';
import type { GitState } from '../cohort/git-status';
import { memberId } from '../cohort/ids';
import { describeSize } from '../text/describe-size';
import { cohortChannels } from './channels';
import type { Answer, Invoke } from './contract';
import { maxFileChars } from './limits';

const cohortPath = z.string().min(1).max(300);
const empty = z.strictObject({});

export const cohortRequestSchemas = {
  'cohort:get-connection': empty,
  'cohort:connect': z.strictObject({
    folder: z.string().trim().min(1, 'type or paste the folder’s path').max(4096),
    cohortName: z.string().max(120).optional(),
    rubricVersion: z.number().int().min(0),
  }),
  'cohort:disconnect': empty,
  'cohort:save-member': cohortConnectionSchema
    .pick({ studentId: true, mentorId: true, autoPublish: true })
    .partial()
    .extend({ privacy: publishPrivacySchema.optional() })
    .strict(),
  'cohort:read-index': empty,
  'cohort:read-student': z.strictObject({ studentId: memberId }),
  'cohort:read-review': z.strictObject({ path: cohortPath }),
  'cohort:publish': z.strictObject({
    content: z
      .string()
      .min(2)
      .max(maxFileChars, `the bundle is larger than ${describeSize(maxFileChars)}`),
  }),
  'cohort:write-review': z.strictObject({
    studentId: memberId,
    content: z
      .string()
      .min(2)
      .max(4 * 1024 * 1024),
  }),
  'cohort:resolve-conflict': z.strictObject({
    path: cohortPath,
    keep: z.enum(['ours', 'theirs']),
    copyPath: cohortPath.optional(),
  }),
  'cohort:git-state': z.strictObject({ fetch: z.boolean() }),
  'cohort:git-action': z.strictObject({
    action: z.enum(['commit', 'push', 'pull']),
    message: z.string().max(500).default('ShipReady: cohort update'),
  }),
  'cohort:wait-change': z.strictObject({ since: z.number().int().min(0) }),
} as const;

/** The folder index plus where it was read and the change count it reflects. */
export type CohortFolderIndex = CohortIndex & { folder: string; version: number };

export interface CohortResponseMap {
  'cohort:get-connection': CohortConnection | null;
  'cohort:connect': CohortConnection;
  'cohort:disconnect': undefined;
  'cohort:save-member': CohortConnection;
  'cohort:read-index': CohortFolderIndex;
  'cohort:read-student': string;
  'cohort:read-review': string;
  'cohort:publish': { path: string; bundleHash: string };
  'cohort:write-review': { path: string };
  'cohort:resolve-conflict': undefined;
  'cohort:git-state': GitState;
  'cohort:git-action': GitState;
  /** The folder's change count once it passed `since`, or the same count after about 25 seconds. */
  'cohort:wait-change': number;
}

type In<K extends keyof typeof cohortRequestSchemas> = z.input<(typeof cohortRequestSchemas)[K]>;

export interface CohortDesktopApi {
  cohortConnection(): Promise<Answer<'cohort:get-connection'>>;
  /** The host checks the path the person typed (the browser edition cannot pick folders from the page). */
  connectCohort(request: In<'cohort:connect'>): Promise<Answer<'cohort:connect'>>;
  disconnectCohort(): Promise<Answer<'cohort:disconnect'>>;
  /** Student and mentor ids are chosen once; the host refuses a change. */
  saveCohortMember(update: In<'cohort:save-member'>): Promise<Answer<'cohort:save-member'>>;
  readCohortIndex(): Promise<Answer<'cohort:read-index'>>;
  readCohortStudent(studentId: string): Promise<Answer<'cohort:read-student'>>;
  readCohortReview(path: string): Promise<Answer<'cohort:read-review'>>;
  publishToCohort(content: string): Promise<Answer<'cohort:publish'>>;
  writeCohortReview(request: In<'cohort:write-review'>): Promise<Answer<'cohort:write-review'>>;
  resolveCohortConflict(request: In<'cohort:resolve-conflict'>): Promise<Answer<'cohort:resolve-conflict'>>;
  cohortGitState(fetch: boolean): Promise<Answer<'cohort:git-state'>>;
  cohortGitAction(request: In<'cohort:git-action'>): Promise<Answer<'cohort:git-action'>>;
  /**
   * Waits for the watcher to see the folder change (what git or Syncthing brought in). A long poll rather
   * than a push, so both editions carry it the same way (IPC invoke and the host's HTTP calls).
   */
  waitCohortChange(since: number): Promise<Answer<'cohort:wait-change'>>;
}

export function cohortCalls(invoke: Invoke): CohortDesktopApi {
  const c = cohortChannels;
  return {
    cohortConnection: () => invoke(c.cohortConnection, {}),
    connectCohort: (request) => invoke(c.connectCohort, request),
    disconnectCohort: () => invoke(c.disconnectCohort, {}),
    saveCohortMember: (update) => invoke(c.saveCohortMember, update),
    readCohortIndex: () => invoke(c.readCohortIndex, {}),
    readCohortStudent: (studentId) => invoke(c.readCohortStudent, { studentId }),
    readCohortReview: (path) => invoke(c.readCohortReview, { path }),
    publishToCohort: (content) => invoke(c.publishToCohort, { content }),
    writeCohortReview: (request) => invoke(c.writeCohortReview, request),
    resolveCohortConflict: (request) => invoke(c.resolveCohortConflict, request),
    cohortGitState: (fetch) => invoke(c.cohortGitState, { fetch }),
    cohortGitAction: (request) => invoke(c.cohortGitAction, request),
    waitCohortChange: (since) => invoke(c.waitCohortChange, { since }),
  };
}
