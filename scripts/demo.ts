/**
 * `npm run demo`: opens Chromium with the freshly built extension on bundled sample pages,
 * served offline at their real shop URLs. With a display it opens a browser window to click
 * around in; without one it runs headless, writes PNG screenshots and prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/support/browser';
import { loadFixtures, type Fixture } from '../tests/support/fixtures';

const SAMPLES = [
  'pages/amazon.de/synthetic-ring-battery-video-doorbell-plus.html',
  'pages/amazon.com/synthetic-wyze-cam-v3.html',
  'pages/amazon.de/synthetic-echo-show-8.html',
  'pages/amazon.com/synthetic-ring-chime-pro.html',
  'pages/amazon.de/old-spice-rasiercreme.html',
];
const OUT = join(import.meta.dirname, '..', 'artifacts', 'demo');

const fixtures = loadFixtures((fixture) => SAMPLES.includes(fixture.file));
const headed = Boolean(process.env['DISPLAY']) && !process.env['CI'];
const lang = process.env['DEMO_LANG'] === 'de' ? 'de' : 'en';

const browser = await launchBrowser({ lang, headless: !headed });
for (const fixture of fixtures) browser.serve(fixture.url, fixture.path);

if (headed) {
  for (const fixture of fixtures) await (await browser.context.newPage()).goto(fixture.url);
  console.log(`Chromium is open with Unwarranted on ${fixtures.length} sample pages. Close the window to finish.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  mkdirSync(OUT, { recursive: true });
  for (const fixture of fixtures) console.log(await screenshot(fixture));
  await browser.close();
}

async function screenshot(fixture: Fixture): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  // Saved pages carry no shop CSS, so show the product title and whatever follows it.
  const panels = await page.locator('[data-unwarranted="panel"]').count();
  if (panels) await page.locator('[data-unwarranted="panel"] .card').waitFor({ timeout: 5000 });
  const title = page.locator('#productTitle, #title').first();
  await title.scrollIntoViewIfNeeded();
  const box = await title.boundingBox();
  const file = join(OUT, `${fixture.file.split('/').slice(1).join('-').replace(/\.html$/, '')}.png`);
  await page.screenshot({
    path: file,
    clip: { x: 0, y: Math.max((box?.y ?? 0) - 16, 0), width: 1000, height: panels ? 560 : 260 },
  });
  await page.close();
  return `${file}  (${panels ? 'panel' : 'no panel'}: ${fixture.label}${fixture.vendor === 'none' ? '' : `, ${fixture.vendor}`})`;
}
