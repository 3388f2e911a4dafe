/** Runs axe-core in a page and returns its violations (rule id and number of nodes). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** Evaluated through the DevTools protocol, which extension pages' CSP does not block. */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, include?: string): Promise<{ id: string; nodes: number }[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (selector) => {
    interface Axe {
      run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
    }
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.length }));
  }, include);
}
