/** Dataset versions (YYYY.MM.DD, optionally .N): which of two is newer. */

/**
 * Compares versions like 2026.11.23 or 2026.11.23.2 numerically, part by part (a missing part is
 * 0). A part that is not a number counts as 0, so a corrupt stored version never blocks an update.
 */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  const left = parts(a);
  const right = parts(b);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
