/** Vendor ids and product kinds as plain constants, for code that must not load zod. */
export const VENDOR_IDS = [
  'ring',
  'blink',
  'nest',
  'arlo',
  'wyze',
  'eufy',
  'simplisafe',
  'tp-link',
  'reolink',
  'ezviz',
  'imou',
  'lorex',
  'netatmo',
  'bosch',
  'hue',
  'ubiquiti',
  'swann',
  'canary',
  'adt',
  'aqara',
  'xiaomi',
  'abode',
  'amcrest',
  'logitech',
  'furbo',
  'petcube',
  'amazon',
] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export const KINDS = ['doorbell', 'camera', 'floodlight', 'baby-monitor', 'pet-camera', 'smart-display', 'kit'] as const;
export type Kind = (typeof KINDS)[number];
