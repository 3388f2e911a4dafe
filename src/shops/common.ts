/**
 * Spec pieces several shops share. Selectors in src/shops/specs/ were checked on the saved pages in
 * tests/fixtures/pages/<domain>/ where we have them, and otherwise taken from the documented page
 * structure in docs/research/shop-structures.md; every spec relies first on the page's schema.org /
 * Open Graph data (read.ts), which these shops publish.
 */
import type { AnchorSpec } from './types.ts';

/** The panel right after the page's product heading. */
export const H1_AFTER: AnchorSpec = { selector: 'h1', position: 'after' };

/** For client-side routed shops: the script runs on every page so that it sees in-app navigation. */
export const WHOLE_SITE = ['/*'] as const;
