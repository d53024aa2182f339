// Keys of the settings table, fixed forever like table names.
export const settingKeys = {
  contentVersion: 'content.version',
  planStartDate: 'plan.startDate',
  planHoursPerWeek: 'plan.hoursPerWeek',
  lastVisitedItem: 'roadmap.lastVisitedItem',
  ownerName: 'profile.ownerName',
  reviewNewCardsPerDay: 'review.newCardsPerDay',
} as const;

export type SettingKey = (typeof settingKeys)[keyof typeof settingKeys];
