/**
 * The dataset's single source of truth: zod schemas, and the TypeScript types derived from them.
 * Only build scripts, tests and extension pages import this file; the content script receives
 * data that was validated before it was bundled, so it never ships the zod runtime.
 */
import { z } from 'zod';
import { words } from '../detect/normalize.ts';

export const SCHEMA_VERSION = 1;

export const VENDOR_IDS = [
  'ring', 'blink', 'nest', 'arlo', 'wyze', 'eufy', 'simplisafe', 'tp-link', 'reolink', 'ezviz',
  'imou', 'lorex', 'netatmo', 'bosch', 'hue', 'ubiquiti', 'swann', 'canary', 'adt', 'aqara',
  'xiaomi', 'abode', 'amcrest', 'logitech', 'furbo', 'petcube', 'amazon',
] as const;
export const VendorId = z.enum(VENDOR_IDS);
export type VendorId = z.infer<typeof VendorId>;

export const KINDS = [
  'doorbell', 'camera', 'floodlight', 'baby-monitor', 'pet-camera', 'smart-display', 'kit',
] as const;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

/**
 * A phrase as shops print it. Matching is done on normalised words (see detect/normalize.ts),
 * so case, accents and punctuation do not matter. Inside a line pattern a `#` in a word stands
 * for a model number: digits, then letters or digits ("tapo c#" matches "Tapo C200").
 */
const Phrase = z.string().trim().min(2).max(80);

export const ProductLine = z.object({
  name: z.string().min(2),
  match: z.array(Phrase).min(1),
  kind: Kind,
});
export type ProductLine = z.infer<typeof ProductLine>;

export const Recognition = z.object({
  /** Brand strings that name this vendor on their own ("Ring", "eufy Security", "WYZE"). */
  brands: z.array(Phrase).min(1),
  /** Parent or umbrella brands ("Google", "Anker") that name the vendor only with a product line. */
  parentBrands: z.array(Phrase).default([]),
  /**
   * `cameras`: the vendor sells (almost) only cameras and alarm gear, so a camera word suffices.
   * `mixed`: it also sells phones, lamps, vacuums…, so a product line or a security context is needed.
   */
  focus: z.enum(['cameras', 'mixed']),
  /** The kind to report when a title only says "camera" (e.g. pet cameras for Furbo). */
  defaultKind: Kind.default('camera'),
  lines: z.array(ProductLine).default([]),
  /** Words that mean a product of this brand is not one of its cameras (Ring → "ring light"). */
  notOurs: z.array(Phrase).default([]),
});
export type Recognition = z.infer<typeof Recognition>;

export const Vendor = z.object({
  id: VendorId,
  name: z.string().min(1),
  recognition: Recognition,
});
export type Vendor = z.infer<typeof Vendor>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const Dataset = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'expected a version like 2026.11.23'),
    reviewed: IsoDate,
    vendors: z.array(Vendor).min(1),
  })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.vendors.forEach((vendor, index) => {
      if (seen.has(vendor.id)) {
        ctx.addIssue({ code: 'custom', path: ['vendors', index, 'id'], message: `duplicate vendor id "${vendor.id}"` });
      }
      seen.add(vendor.id);
    });
    // A brand string must name one vendor only, or detection could not tell them apart.
    const owners = new Map<string, string>();
    data.vendors.forEach((vendor, index) => {
      const { brands, parentBrands } = vendor.recognition;
      [...brands, ...parentBrands].forEach((brand) => {
        const key = words(brand).join(' ');
        const owner = owners.get(key);
        if (owner !== undefined && owner !== vendor.id) {
          ctx.addIssue({
            code: 'custom',
            path: ['vendors', index, 'recognition'],
            message: `brand "${brand}" is claimed by both "${owner}" and "${vendor.id}"`,
          });
        }
        owners.set(key, vendor.id);
      });
    });
  });
export type Dataset = z.infer<typeof Dataset>;

/** Formats zod issues as "path: message" lines, for build errors and test output. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}
