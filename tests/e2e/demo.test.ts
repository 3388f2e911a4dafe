/**
 * `npm run demo` is part of the tests: its headless run, in an English and a German browser, on the
 * build in dist/ (npm run test:e2e builds it first). Every sample page gets its screenshot and
 * the decision it should: a panel for the right vendor on the cameras, none on the accessory and
 * on the page that is no camera.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DEMO_SAMPLES, demoOptions, runDemo } from '../../scripts/demo.ts';

/** What each sample must show: the vendor of its panel, or null for none. */
const EXPECTED: Record<(typeof DEMO_SAMPLES)[number]['file'], string | null> = {
  'pages/amazon.de/synthetic-ring-battery-video-doorbell-plus.html': 'ring',
  'pages/amazon.com/synthetic-wyze-cam-v3.html': 'wyze',
  'pages/amazon.de/synthetic-echo-show-8.html': 'amazon',
  'pages/amazon.com/synthetic-ring-chime-pro.html': null,
  'pages/amazon.de/old-spice-rasiercreme.html': null,
};
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

for (const lang of ['en', 'de'] as const) {
  test(`headless demo, ${lang}: a screenshot of every sample page, panels exactly on the cameras`, async () => {
    const out = mkdtempSync(join(tmpdir(), `unwarranted-demo-${lang}-`));
    try {
      const lines: string[] = [];
      const results = await runDemo({ lang, headless: true, out, log: (line) => lines.push(line) });
      expect(results.map(({ file }) => file)).toEqual(DEMO_SAMPLES.map(({ file }) => file));
      for (const result of results) {
        expect({ file: result.file, vendor: result.vendor, ok: result.ok }).toEqual({
          file: result.file,
          vendor: EXPECTED[result.file as keyof typeof EXPECTED],
          ok: true,
        });
        const png = readFileSync(result.screenshot ?? '');
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${result.file}: a PNG`).toBe(true);
        // Width and height from the PNG header: an image, not an empty one.
        expect(png.readUInt32BE(16), `${result.file}: width`).toBeGreaterThan(0);
        expect(png.readUInt32BE(20), `${result.file}: height`).toBeGreaterThan(0);
      }
      // A heading, one line per sample (with its screenshot), the verdict.
      expect(lines).toHaveLength(DEMO_SAMPLES.length + 2);
      for (const result of results)
        expect(
          lines.filter((line) => line.includes(result.name) && line.includes('✓') && line.includes(result.screenshot ?? '?')),
        ).toHaveLength(1);
      expect(lines.at(-1)).toBe(`All ${String(DEMO_SAMPLES.length)} pages as expected.`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

test('the demo opens a window only with a display and outside CI; DEMO_LANG=de gives German', () => {
  expect(demoOptions({})).toEqual({ lang: 'en', headless: true });
  expect(demoOptions({ DISPLAY: ':0' })).toEqual({ lang: 'en', headless: false });
  expect(demoOptions({ DISPLAY: ':0', CI: 'true', DEMO_LANG: 'de' })).toEqual({ lang: 'de', headless: true });
});
