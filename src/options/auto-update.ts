/**
 * The options page's opt-in weekly check (only in a build that offers checking): switching it on
 * asks for access to the update host, then saves the setting and sets the alarm
 * (update/schedule.ts). If any step fails, the checkbox shows what is in effect and the status
 * line says why.
 */
import browser from 'webextension-polyfill';
import { writeSettings } from '../runtime/settings.ts';
import { setWeeklyCheck, weeklyCheckSet } from '../update/schedule.ts';
import { type OptionsPage, type Status, whenDone } from './page.ts';

/** The update address and its host permission pattern (update/config.ts). */
export interface UpdateHost {
  url: string;
  origin: string;
}

/** Wires #auto-update; `stored`: the autoUpdate setting as loaded, `readable`: whether it could be. */
export async function autoUpdateSetting(
  page: OptionsPage,
  status: Status,
  host: UpdateHost,
  stored: boolean,
  readable: boolean,
): Promise<void> {
  const { ui, get } = page;
  const box = get('auto-update', 'input');
  // Browsers may drop alarms when the extension is updated: the check is on only if both say so.
  let on = stored && (await weeklyCheckSet().catch(() => false));
  box.checked = on;
  box.disabled = !readable;
  box.addEventListener(
    'change',
    whenDone(async () => {
      const wanted = box.checked;
      if (wanted && !(await browser.permissions.request({ origins: [host.origin] }).catch(() => false))) {
        box.checked = on;
        status.say(ui.t('options_permission_denied', new URL(host.url).origin), 'error');
        return;
      }
      try {
        await writeSettings({ autoUpdate: wanted });
        await setWeeklyCheck(wanted);
      } catch {
        // Put back what was in effect; if the setting was written but the alarm not, undo the setting too.
        box.checked = on;
        await writeSettings({ autoUpdate: on }).catch(() => undefined);
        status.fail('error_setting_not_saved');
        return;
      }
      on = wanted;
      status.say(ui.t('options_saved'), 'ok');
    }, status),
  );
}
