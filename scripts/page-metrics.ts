/**
 * What one page load costs in real Chromium, for the benchmarks (`bench.ts`, `bench-compare.ts`):
 * time from DOMContentLoaded to the panel, main-thread script time and heap (DevTools metrics),
 * long tasks, and the main-thread time of the extension's own code from a DevTools trace.
 */
import type { Browser } from '../tests/support/browser.ts';
import type { Fixture } from '../tests/support/fixtures.ts';

export interface PageMetrics {
  file: string;
  label: string;
  panelAfterDcl: number | null;
  /** Chromium's ScriptDuration: all script on the main thread, but not the compiling of scripts. */
  script: number;
  heap: number;
  longTasks: number;
  /** Main-thread time in the extension's own code, from a trace (compile, evaluate, callbacks). */
  ours: number;
  /** Our longest single piece of main-thread work. */
  oursLongest: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Sums the trace events whose script is the extension's (chrome-extension:// URLs). */
function attribute(events: TraceEvent[]): { total: number; longest: number } {
  const ours = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'].includes(event.name) &&
        (event.args?.data?.url ?? '').startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts);
  // Count nested events once: only those not inside an earlier one of ours.
  let total = 0;
  let longest = 0;
  let end = -1;
  for (const event of ours) {
    const stop = event.ts + (event.dur ?? 0);
    if (event.ts >= end) {
      total += event.dur ?? 0;
      longest = Math.max(longest, event.dur ?? 0);
      end = stop;
    } else if (stop > end) {
      total += stop - end;
      end = stop;
    }
  }
  return { total: total / 1000, longest: longest / 1000 };
}

/** Opens `fixture` at its shop URL in a new tab, traced, and measures it until shortly after load. */
export async function measurePage(browser: Browser, fixture: Fixture): Promise<PageMetrics> {
  browser.serve(fixture.url, fixture.path);
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const marks = { dcl: 0, panel: 0, longTasks: 0 };
    (globalThis as unknown as { __bench: typeof marks }).__bench = marks;
    document.addEventListener('DOMContentLoaded', () => {
      marks.dcl = performance.now();
    });
    new MutationObserver(() => {
      if (!marks.panel && document.querySelector('[data-unwarranted="panel"]')) marks.panel = performance.now();
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      marks.longTasks += list.getEntries().length;
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events: TraceEvent[] = [];
  // Tracing events are not in playwright-core's typed event list.
  const session = cdp as unknown as {
    on(event: string, listener: (data: { value: TraceEvent[] }) => void): void;
    once(event: string, listener: () => void): void;
  };
  session.on('Tracing.dataCollected', (batch) => events.push(...batch.value));
  const traced = new Promise<void>((resolve) => {
    session.once('Tracing.tracingComplete', resolve);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(fixture.url, { waitUntil: 'load' });
  await page.waitForTimeout(fixture.label === 'camera' ? 600 : 300);
  await cdp.send('Tracing.end');
  await traced;
  const attributed = attribute(events);
  const marks = await page.evaluate(
    () => (globalThis as unknown as { __bench: { dcl: number; panel: number; longTasks: number } }).__bench,
  );
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  await page.close();
  return {
    file: fixture.file,
    label: fixture.label,
    panelAfterDcl: marks.panel ? marks.panel - marks.dcl : null,
    script: metric('ScriptDuration') * 1000,
    heap: metric('JSHeapUsedSize'),
    longTasks: marks.longTasks,
    ours: attributed.total,
    oursLongest: attributed.longest,
  };
}
