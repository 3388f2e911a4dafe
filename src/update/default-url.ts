/**
 * Where dataset updates are published by default (editable in the options page). A placeholder
 * on the reserved .example domain until the project publishes signed datasets somewhere real.
 */
export const DEFAULT_UPDATE_URL = 'https://updates.unwarranted.example/dataset.json';
