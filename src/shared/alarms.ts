/** Names of the extension's alarms, shared by the background that handles them and the pages that set them. */
export const WEEKLY_CHECK_ALARM = 'weekly-dataset-check';
