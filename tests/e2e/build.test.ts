/** Checks on the built extension in dist/ (the e2e run builds it first). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../support/browser.ts';

interface Manifest {
  content_scripts: { js: string[]; matches: string[] }[];
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string };
}
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

test('the content script ships neither zod nor the vendor facts', () => {
  for (const file of manifest.content_scripts.flatMap((script) => script.js)) {
    const code = readFileSync(join(DIST, file), 'utf8');
    expect(code).not.toMatch(/ZodError|zod/);
    // Claim texts stay in the background: the FTC refund count is in a claim, not in a verdict.
    expect(code).not.toContain('117,044');
    expect(code).not.toContain('117.044');
  }
});

test('least privilege: storage and alarms only, no host access (this build has no update address), no resources exposed to pages', () => {
  expect(manifest.permissions ?? []).toEqual(['storage', 'alarms']);
  // A build with an update address adds that one host (build/update-config.ts; tests/e2e/options.test.ts).
  expect(manifest.optional_host_permissions).toBeUndefined();
  const hosts = manifest.content_scripts.flatMap((script) => script.matches);
  expect(hosts.some((pattern) => pattern.includes('<all_urls>') || pattern.startsWith('*://*/') || pattern.startsWith('https://*/'))).toBe(
    false,
  );
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('extension pages run under a strict Content-Security-Policy: own scripts and styles only, no connection elsewhere', () => {
  const policy = Object.fromEntries(
    (manifest.content_security_policy?.extension_pages ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
  expect(policy).toEqual({
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  });
});

test('no shipped script turns strings into code (eval, the Function constructor, string timers)', () => {
  const scripts = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(3);
  for (const file of scripts) {
    const code = readFileSync(join(DIST, file), 'utf8');
    // zod's JIT is rewritten out at build time (build/vite-no-eval.ts); `Function.call` etc. are fine.
    expect(code, file).not.toMatch(/\beval\(|\bnew Function\b|\bFunction\(|=\s*Function\s*[,;]|set(Timeout|Interval)\(\s*[`'"]/);
  }
});
