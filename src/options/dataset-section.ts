/**
 * The options page's "Dataset in use": its version, review date and size, where it came from
 * (bundled or an installed update), why a stored update is not in use, export as JSON and roll
 * back to the bundled dataset.
 */
import { type ActiveDataset, loadActiveDataset, rollbackToBundled } from '../update/active.ts';
import { formatPartialDate } from '../shared/format.ts';
import { type OptionsPage, type Status, whenDone } from './page.ts';

/** The dataset in use, shared by the sections that check updates against it or name its vendors. */
export interface DatasetInUse {
  readonly active: ActiveDataset;
  /** Loads the dataset in use again (after an install or a roll back) and shows it. */
  reload(): Promise<void>;
}

/** Shows the dataset in use and wires export and roll back; `status` is the update section's status line. */
export async function datasetSection(page: OptionsPage, status: Status): Promise<DatasetInUse> {
  let active = await loadActiveDataset();
  const inUse: DatasetInUse = {
    get active() {
      return active;
    },
    async reload() {
      active = await loadActiveDataset();
      showDataset(page, active);
    },
  };

  page.get('rollback', 'button').addEventListener(
    'click',
    whenDone(async () => {
      try {
        await rollbackToBundled();
      } catch {
        status.fail('update_error_storage');
        return;
      }
      await inUse.reload();
      status.say(page.ui.t('options_rolled_back'), 'ok');
    }, status),
  );

  page.get('export', 'button').addEventListener('click', () => {
    exportDataset(page, active);
  });

  showDataset(page, active);
  return inUse;
}

function showDataset({ ui, get }: OptionsPage, active: ActiveDataset): void {
  const { dataset } = active;
  const claims = dataset.vendors.reduce((sum, vendor) => sum + vendor.claims.length, 0);
  get('dataset-version', 'p').textContent = ui.t('options_dataset_version', [
    dataset.version,
    formatPartialDate(dataset.reviewed, ui.locale),
    String(dataset.vendors.length),
    String(claims),
  ]);
  get('dataset-source', 'p').textContent = active.stored
    ? ui.t('options_dataset_updated', [active.stored.source, formatPartialDate(active.stored.installedAt.slice(0, 10), ui.locale)])
    : ui.t('options_dataset_bundled');
  const error = get('dataset-error', 'p');
  error.hidden = active.error === undefined;
  error.textContent = active.error
    ? ui.t(active.error === 'storage-unreadable' ? 'options_dataset_storage_unreadable' : 'options_dataset_stored_invalid')
    : '';
  // Also offered when a stored update failed its checks: rolling back removes it.
  // Unreadable storage may still hold a good update: rolling back would delete it.
  get('rollback', 'button').disabled = active.error === 'storage-unreadable' || (active.origin === 'bundled' && active.error === undefined);
}

/** Saves the dataset in use as a JSON file. */
function exportDataset({ h }: OptionsPage, active: ActiveDataset): void {
  const text = `${JSON.stringify(active.dataset, null, 2)}\n`;
  const link = h('a', {
    href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    download: `unwarranted-dataset-${active.dataset.version}.json`,
  });
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 1000);
}
