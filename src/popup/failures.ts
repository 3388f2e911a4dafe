/**
 * What the user is told when something the popup does fails: every async handler runs through
 * `guard()`, so no failure ends as an unhandled rejection or leaves the user without a word. A
 * failure that knows what went wrong carries its message (`Failure`); anything else is unexpected.
 */
import type { Translate } from '../shared/i18n.ts';

export type FailureKey = 'error_setting_not_saved' | 'error_storage_unreadable' | 'error_unexpected';

/** A failure the user can be told about in words: a setting not saved, storage not readable. */
export class Failure extends Error {
  constructor(
    readonly key: FailureKey,
    options?: ErrorOptions,
  ) {
    super(key, options);
    this.name = 'Failure';
  }
}

export interface Failures {
  /** Shows (and has read out) what went wrong; for the console, the error itself. */
  report(error: unknown): void;
  /** Takes back what was reported, once the user has done again what failed and it worked. */
  clear(): void;
  /** Runs `task` now; a failure is reported, never thrown. */
  run(task: () => Promise<void>): void;
  /** An event handler that runs `task` (see run()). */
  guard<A extends unknown[]>(task: (...args: A) => Promise<void>): (...args: A) => void;
}

/** Reports into `region`, an alert the page keeps (empty until needed, see popup.css). */
export function createFailures(region: HTMLElement, t: Translate): Failures {
  const report = (error: unknown) => {
    region.textContent = t(error instanceof Failure ? error.key : 'error_unexpected');
    console.error(error);
  };
  const run = (task: () => Promise<void>) => {
    try {
      task().catch(report);
    } catch (error) {
      // A task that throws before it returns its promise.
      report(error);
    }
  };
  return {
    report,
    clear: () => {
      region.textContent = '';
    },
    run,
    guard:
      (task) =>
      (...args) => {
        run(() => task(...args));
      },
  };
}
