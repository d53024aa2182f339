// Every desktop channel name, in one place. Requests are `domain:verb-noun`.

export const channels = {
  getAppInfo: 'app:get-info',
  saveFile: 'files:save-file',
  openFile: 'files:open-file',
  writeBackup: 'backups:write-backup',
  listBackups: 'backups:list-backups',
} as const;

export type ChannelKey = keyof typeof channels;
export type ChannelName = (typeof channels)[ChannelKey];
