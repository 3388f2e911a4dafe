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
  'hikvision',
  'dahua',
  'annke',
  'laview',
  'anran',
  'foscam',
  'd-link',
  'vimtag',
  'sricam',
  'zosi',
  'yale',
  'somfy',
  'ajax',
  'vivint',
  'smartthings',
  'eve',
  'yi',
  'wansview',
  'switchbot',
  'geeni',
  'night-owl',
  'zmodo',
  'aosu',
  'blurams',
  'pyle',
  'kodak',
  'nanit',
  'owlet',
  'hubble',
  'vtech',
  'infant-optics',
  'miku',
  'cubo-ai',
  'kangaroo',
  'toucan',
  // Cloud platforms: the app and cloud behind many white-label cameras (Vendor.type 'cloud-platform').
  'tuya',
  'cloudedge',
  'aiwit',
  'v380',
  'xmeye',
] as const;
export type VendorId = (typeof VENDOR_IDS)[number];

export const KINDS = ['doorbell', 'camera', 'floodlight', 'baby-monitor', 'pet-camera', 'smart-display', 'kit'] as const;
export type Kind = (typeof KINDS)[number];

/** Recording platforms that product lines can work with, each modelled once (dataset `platforms`). */
export const PLATFORM_IDS = ['homekit-secure-video'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Where a product can record without its vendor's cloud. */
export const LOCAL_MEDIA = ['microsd', 'hub', 'nvr', 'base-station', 'usb'] as const;
export type LocalMedium = (typeof LOCAL_MEDIA)[number];
