/**
 * The options page's confirmation of a verified update: what it changes, then install or cancel.
 * An update is stored only after every check passed and the user confirmed its summary. An update
 * the weekly check left waiting is checked again in full (update/prepare.ts) before it is offered.
 */
import { installDataset } from '../update/active.ts';
import type { DatasetChanges } from '../update/diff.ts';
import { clearPendingUpdate, readPendingUpdate } from '../update/pending.ts';
import { checkCandidate } from '../update/prepare.ts';
import { changesText } from './changes-text.ts';
import type { DatasetInUse } from './dataset-section.ts';
import { type OptionsPage, type Status, whenDone } from './page.ts';

/** A verified update, exactly as it would be stored. */
export interface Candidate {
  text: string;
  signature: string;
  keyId: string;
  source: string;
  changes: DatasetChanges;
  version: string;
}

export interface Confirmation {
  /** Shows what `next` changes and offers to install it; `weekly`: the weekly check found it. */
  propose(next: Candidate, weekly?: boolean): void;
  /** Withdraws the offer (a new check or import is starting). */
  withdraw(): void;
}

/** Wires install and cancel; `status` is the update section's status line. */
export function confirmation(page: OptionsPage, status: Status, inUse: DatasetInUse): Confirmation {
  const { ui, h, get } = page;
  const box = get('update-confirm', 'div');
  const install = get('install', 'button');
  let candidate: Candidate | undefined;
  const withdraw = () => {
    candidate = undefined;
    box.hidden = true;
  };

  install.addEventListener(
    'click',
    whenDone(async () => {
      const next = candidate;
      if (!next) return;
      install.disabled = true;
      try {
        await installDataset({
          text: next.text,
          signature: next.signature,
          keyId: next.keyId,
          source: next.source,
          installedAt: new Date().toISOString(),
        });
      } catch {
        // Storage full or failing: the single write did not happen, so the dataset in use is unchanged.
        status.fail('update_error_storage');
        return;
      } finally {
        install.disabled = false;
      }
      withdraw();
      // A pending update left behind is checked again on the next visit, found not newer, and dropped.
      await clearPendingUpdate().catch(() => undefined);
      await inUse.reload();
      status.say(ui.t('options_installed', inUse.active.dataset.version), 'ok');
    }, status),
  );

  get('cancel', 'button').addEventListener('click', () => {
    withdraw();
    status.say('', 'ok');
  });

  return {
    propose(next, weekly = false) {
      candidate = next;
      get('update-summary', 'p').textContent = weekly
        ? ui.t('options_pending', [next.version, changesText(ui, next.changes)])
        : ui.t('options_update_ready', [next.version, changesText(ui, next.changes)]);
      get('update-verdicts', 'ul').replaceChildren(
        ...next.changes.verdictsChanged.map((change) =>
          h('li', null, ui.t('options_verdict_change', [change.vendor, change.verdict, change.from, change.to])),
        ),
      );
      box.hidden = false;
      status.say('', 'ok');
      install.focus();
    },
    withdraw,
  };
}

/** Offers the verified update the weekly check found, if it still passes every check; else drops it. */
export async function offerPending(offer: Confirmation, inUse: DatasetInUse): Promise<void> {
  // Unreadable storage has already been reported with the dataset; the rest of the page still works.
  const pending = await readPendingUpdate().catch(() => undefined);
  if (!pending) return;
  const recheck = await checkCandidate(
    { bytes: new TextEncoder().encode(pending.text), signature: pending.signature },
    inUse.active.dataset,
  );
  if (recheck.ok) offer.propose({ ...pending, keyId: recheck.keyId, changes: recheck.changes, version: recheck.dataset.version }, true);
  else await clearPendingUpdate().catch(() => undefined);
}
