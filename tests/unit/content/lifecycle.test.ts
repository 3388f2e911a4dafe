/** The panel's lifecycle (src/content/lifecycle.ts): the phases and transitions the controller goes through. */
import { describe, expect, test } from 'vitest';
import { hasPanel, lookNeeded, MAX_REINSERTS, type Phase, REINSERT_WINDOW_MS, transition } from '../../../src/content/lifecycle.ts';
import type { PanelOptions } from '../../../src/panel/panel.ts';
import type { ProductView } from '../../../src/pipeline/view.ts';

interface FakePanel {
  id: number;
}
const view = { vendor: 'ring', vendorName: 'Ring', kind: 'doorbell', signals: [] } as unknown as ProductView;
const other = { ...view, vendor: 'arlo', vendorName: 'Arlo', kind: 'camera' } as ProductView;
const options = { collapsed: false, version: '1' } as unknown as PanelOptions;
const A = 'https://shop/dp/A\nRing Video Doorbell\nRing';
const B = 'https://shop/dp/B\nArlo Pro 5\nArlo';

function placed(signature = A, panel: FakePanel = { id: 1 }, visible = false, removals: readonly number[] = []): Phase<FakePanel> {
  return transition<FakePanel>({ name: 'idle' }, { type: 'placed', signature, panel, view, options, visible, removals });
}

describe('lookNeeded: whether a look decides again', () => {
  test('idle and waiting for the anchor: always', () => {
    expect(lookNeeded<FakePanel>({ name: 'idle' }, { signature: A, inPage: false, now: 0 })).toEqual([]);
    expect(lookNeeded<FakePanel>({ name: 'waiting-anchor', signature: A }, { signature: A, inPage: false, now: 0 })).toEqual([]);
  });

  test('the same product: not again, whether there is a panel in the page or none', () => {
    expect(lookNeeded<FakePanel>({ name: 'absent', signature: A }, { signature: A, inPage: false, now: 0 })).toBe(false);
    expect(lookNeeded(placed(), { signature: A, inPage: true, now: 0 })).toBe(false);
  });

  test('another product, or forced (DOMContentLoaded): again, with no re-insertions counted', () => {
    expect(lookNeeded<FakePanel>({ name: 'absent', signature: A }, { signature: B, inPage: false, now: 0 })).toEqual([]);
    expect(lookNeeded(placed(A, { id: 1 }, true, [1, 2]), { signature: B, inPage: true, now: 5 })).toEqual([]);
    expect(lookNeeded(placed(), { signature: A, inPage: true, now: 0, force: true })).toEqual([]);
    expect(lookNeeded<FakePanel>({ name: 'absent', signature: A }, { signature: A, inPage: false, now: 0, force: true })).toEqual([]);
  });

  test('the page removed the panel: put back at most MAX_REINSERTS times in the window, then again once it empties', () => {
    let phase = placed();
    let now = 1000;
    for (let i = 0; i < MAX_REINSERTS; i += 1) {
      const removals = lookNeeded(phase, { signature: A, inPage: false, now });
      expect(removals).toHaveLength(i + 1);
      if (!removals) return;
      phase = transition(phase, { type: 'placed', signature: A, panel: { id: i + 2 }, view, options, visible: true, removals });
      now += 100;
    }
    expect(lookNeeded(phase, { signature: A, inPage: false, now })).toBe(false);
    // Only real re-insertions count: once the window is past, the page gets its panel back.
    expect(lookNeeded(phase, { signature: A, inPage: false, now: 1000 + REINSERT_WINDOW_MS + 1 })).toHaveLength(MAX_REINSERTS);
  });
});

describe('transition', () => {
  test('placed: pending until the settings allow it, or shown at once', () => {
    const panel = { id: 1 };
    expect(placed(A, panel, false)).toMatchObject({ name: 'pending', signature: A, panel, view, removals: [] });
    expect(placed(A, panel, true)).toMatchObject({ name: 'shown', panel });
  });

  test('revealed: pending → shown, only for the same panel', () => {
    const panel = { id: 1 };
    const pending = placed(A, panel, false);
    expect(transition(pending, { type: 'revealed', panel }).name).toBe('shown');
    expect(transition(pending, { type: 'revealed', panel: { id: 2 } })).toBe(pending);
    expect(transition<FakePanel>({ name: 'absent', signature: A }, { type: 'revealed', panel })).toEqual({ name: 'absent', signature: A });
  });

  test('absent and waiting-anchor drop the panel; waiting for the anchor replaces the old "forget the signature"', () => {
    const phase = placed();
    expect(transition(phase, { type: 'absent', signature: B })).toEqual({ name: 'absent', signature: B });
    const waiting = transition(phase, { type: 'waiting-anchor', signature: A });
    expect(waiting).toEqual({ name: 'waiting-anchor', signature: A });
    expect(hasPanel(waiting)).toBe(false);
  });

  test('rendered: same phase and panel, new view and options; nothing without a panel', () => {
    const phase = placed(A, { id: 1 }, true, [7]);
    const next = transition(phase, { type: 'rendered', view: other, options: { ...options, collapsed: true } });
    expect(next).toMatchObject({ name: 'shown', signature: A, panel: { id: 1 }, view: other, options: { collapsed: true }, removals: [7] });
    const absent: Phase<FakePanel> = { name: 'absent', signature: A };
    expect(transition(absent, { type: 'rendered', view, options })).toBe(absent);
  });

  test('a panel updated for another product keeps its visibility from the look', () => {
    const phase = transition(placed(A, { id: 1 }, true), {
      type: 'placed',
      signature: B,
      panel: { id: 1 },
      view: other,
      options,
      visible: true,
      removals: [],
    });
    expect(phase).toMatchObject({ name: 'shown', signature: B, view: other });
  });
});
