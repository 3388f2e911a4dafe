/**
 * The card's collapsible sections: their headings exist at once and never move; their bodies
 * (section-bodies.ts) arrive with the facts, and a "see also" link opens the section it leads to.
 */
import type { VendorFacts } from '../dataset/facts.ts';
import { createH } from '../shared/h.ts';
import type { MessageKey } from '../shared/i18n.ts';
import { claimPlaces, type ClaimRendering } from './claims.ts';
import type { CardContext } from './context.ts';
import { sectionBodies } from './section-bodies.ts';

export const SECTIONS = ['programmes', 'incidents', 'actions', 'sources'] as const;
export type SectionName = (typeof SECTIONS)[number];

const SECTION_KEYS = {
  programmes: 'section_programmes',
  incidents: 'section_incidents',
  actions: 'section_actions',
  sources: 'section_claims',
} as const satisfies Record<SectionName, MessageKey>;

export interface Sections {
  root: HTMLElement;
  /**
   * Puts the facts into the (possibly closed) sections; their headings never move. `fresh` marks
   * claims that are new since the user hid the vendor until something new is known.
   */
  fill(facts: VendorFacts, fresh?: ReadonlySet<string>): void;
  fail(): void;
}

/**
 * Collapsible sections whose headings exist at once and whose bodies arrive with the facts. With
 * `lazy`, a body is built only when its section is first opened: most shoppers never open one,
 * and building them formats dates, which costs a page its locale data.
 */
export function renderSections(context: CardContext, lazy = false): Sections {
  const h = createH(context.document);
  const note = (key: MessageKey) => h('p', 'note', context.t(key));
  const bodies = new Map<SectionName, HTMLElement>();
  const sections = new Map<SectionName, HTMLDetailsElement>();
  let content: Record<SectionName, Node[]> | undefined;
  let facts: VendorFacts | undefined;
  let fresh: ReadonlySet<string> = new Set();
  const build = (name: SectionName, details: HTMLDetailsElement) => {
    if (!facts || (lazy && !details.open) || details.dataset['filled']) return;
    content ??= sectionBodies(context, facts, rendering(facts));
    bodies.get(name)?.replaceChildren(...content[name]);
    details.dataset['filled'] = 'true';
  };
  const rendering = (shown: VendorFacts): ClaimRendering => {
    const places = claimPlaces(shown.vendor);
    return {
      claimsById: new Map(shown.vendor.claims.map((claim) => [claim.id, claim])),
      places,
      fresh,
      reveal(id) {
        const name = places.get(id);
        const details = name ? sections.get(name) : undefined;
        if (!name || !details) return;
        details.open = true;
        build(name, details);
        const target = [...(bodies.get(name)?.querySelectorAll<HTMLElement>('.claim') ?? [])].find(
          (element) => element.dataset['claim'] === id,
        );
        // Focus scrolls it into view too.
        target?.focus();
      },
    };
  };
  const root = h(
    'div',
    'sections',
    ...SECTIONS.map((name) => {
      const body = h('div', 'section-body', note('panel_loading'));
      const details = h(
        'details',
        {
          className: `section section-${name}`,
          on: {
            toggle: () => {
              build(name, details);
            },
          },
        },
        h('summary', 'section-summary', context.t(SECTION_KEYS[name])),
        body,
      );
      bodies.set(name, body);
      sections.set(name, details);
      return details;
    }),
  );
  return {
    root,
    fill(next, marks) {
      facts = next;
      fresh = marks ?? new Set();
      content = undefined;
      for (const [name, details] of sections) {
        delete details.dataset['filled'];
        build(name, details);
      }
    },
    fail() {
      for (const body of bodies.values()) body.replaceChildren(note('panel_error'));
    },
  };
}
