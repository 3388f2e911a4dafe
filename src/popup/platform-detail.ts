/**
 * A recording platform in the popup (Apple HomeKit Secure Video): found by its name or its parent
 * company ("Apple"), it has no product pages of its own. Its detail says what it does with the
 * recordings, what it needs, each claim with its sources, and which vendors' cameras work with it,
 * each opening that vendor's card.
 */
import { nameIn } from '../dataset/names.ts';
import type { Platform } from '../dataset/schema.ts';
import { claimItem } from '../panel/claims.ts';
import type { PopupContext } from './context.ts';

/** The vendors with a product line that works with the platform, by name. */
export function platformVendors(context: Pick<PopupContext, 'dataset'>, platform: Platform): { id: string; name: string }[] {
  return context.dataset.vendors
    .filter((vendor) => vendor.recognition.lines.some((line) => line.facts?.platforms?.includes(platform.id)))
    .map((vendor) => ({ id: vendor.id, name: vendor.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function platformDetail(context: PopupContext, platform: Platform, openVendor: (id: string) => void): HTMLElement[] {
  const { h, ui } = context;
  const claimsById = new Map(platform.claims.map((claim) => [claim.id, claim]));
  const rendering = { claimsById, places: new Map(), fresh: new Set<string>(), reveal: () => undefined };
  const vendors = platformVendors(context, platform);
  return [
    h('h2', 'detail-name', platform.name),
    h('p', 'detail-scope', ui.t('popup_recording_platform', nameIn(platform.parent, ui.language))),
    h('p', 'platform-summary', platform.summary[ui.language]),
    ...(platform.requirements ? [h('p', 'platform-requirements', platform.requirements[ui.language])] : []),
    h('h3', 'platform-heading', ui.t('popup_platform_works_with')),
    h(
      'ul',
      'list platform-vendors',
      ...vendors.map((vendor) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              type: 'button',
              className: 'link-button',
              data: { vendor: vendor.id },
              on: {
                click: () => {
                  openVendor(vendor.id);
                },
              },
            },
            vendor.name,
          ),
        ),
      ),
    ),
    h('h3', 'platform-heading', ui.t('section_claims')),
    h('ul', 'list claims', ...platform.claims.map((claim) => claimItem(context.card, claim, rendering))),
  ];
}

/** A recording platform in the results: its parent, what it does, the vendors whose cameras work with it; no comparison. */
export function platformResult(context: PopupContext, item: HTMLLIElement, platform: Platform, open: (id: string) => void): HTMLLIElement {
  const { h, ui } = context;
  const vendors = platformVendors(context, platform).map((vendor) => vendor.name);
  item.append(
    h(
      'button',
      {
        type: 'button',
        className: 'result-open',
        on: {
          click: () => {
            open(platform.id);
          },
        },
      },
      h('span', 'result-name', platform.name),
      h('span', 'result-parent', ui.t('popup_recording_platform', nameIn(platform.parent, ui.language))),
      h('span', 'result-scope', platform.summary[ui.language]),
      vendors.length > 0 && h('span', 'result-platform', ui.t('popup_platform_cameras', vendors.join(', '))),
    ),
  );
  return item;
}
