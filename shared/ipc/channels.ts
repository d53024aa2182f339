// Every desktop channel name, in one place. Requests are `domain:verb-noun`.

export const channels = {
  getAppInfo: 'app:get-info',
  saveFile: 'files:save-file',
  openFile: 'files:open-file',
  openFolder: 'files:open-folder',
  writeBackup: 'backups:write-backup',
  listBackups: 'backups:list-backups',
  readBackup: 'backups:read-backup',
  getLlmSettings: 'llm:get-settings',
  saveLlmSettings: 'llm:save-settings',
  startLlm: 'llm:start',
  cancelLlm: 'llm:cancel',
  findLocalLlm: 'llm:find-local',
  takeOpenedFiles: 'files:take-opened',
  savePageAsPdf: 'files:save-pdf',
} as const;

/** Pushes from the desktop side to the page, `main:` prefixed. */
export const pushChannels = {
  llmEvent: 'main:llm-event',
  filesOpened: 'main:files-opened',
} as const;

/** The cohort folder's requests (shared/ipc/cohort-contract.ts holds their schemas and answers). */
export const cohortChannels = {
  cohortConnection: 'cohort:get-connection',
  connectCohort: 'cohort:connect',
  disconnectCohort: 'cohort:disconnect',
  saveCohortMember: 'cohort:save-member',
  readCohortIndex: 'cohort:read-index',
  readCohortStudent: 'cohort:read-student',
  readCohortReview: 'cohort:read-review',
  publishToCohort: 'cohort:publish',
  writeCohortReview: 'cohort:write-review',
  resolveCohortConflict: 'cohort:resolve-conflict',
  cohortGitState: 'cohort:git-state',
  cohortGitAction: 'cohort:git-action',
  waitCohortChange: 'cohort:wait-change',
} as const;

export type ChannelKey = keyof typeof channels;
export type ChannelName = (typeof channels)[ChannelKey];
