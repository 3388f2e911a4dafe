import { expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/shared/languages.ts';
import { MAX_UPDATE_BYTES } from '../../../src/update/download.ts';
import { loadMessages } from '../../support/i18n.ts';

test('the "too large" error states the limit the update code applies, in every language', () => {
  const megabytes = String(MAX_UPDATE_BYTES / 1_000_000);
  for (const language of LANGUAGES) {
    expect(loadMessages(language)['update_error_too_large']?.message, language).toMatch(new RegExp(`\\(${megabytes}\\s?M[Bo]\\)`, 'u'));
  }
});
