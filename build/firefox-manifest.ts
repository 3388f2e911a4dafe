/**
 * The Firefox manifest, derived from manifest.json at build time (`npm run build:firefox`): the
 * same extension, with what Firefox needs instead of what Chrome needs.
 */
interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  [key: string]: unknown;
}

/** Our add-on id on addons.mozilla.org; it must never change once published. */
export const GECKO_ID = '{36312de3-d4e3-40d8-b1ef-7bd01aeef85d}';
/** The first Firefox that reads data_collection_permissions (desktop 140, Android 142). */
export const GECKO_MIN_VERSION = '140.0';
export const GECKO_ANDROID_MIN_VERSION = '142.0';

export function firefoxManifest<T extends Manifest>(manifest: T): T {
  const { service_worker: worker, type } = manifest.background ?? {};
  if (!worker) throw new Error('manifest.json has no background service worker');
  return {
    ...manifest,
    // Firefox runs MV3 backgrounds as event pages: the same module, as a background script.
    background: { scripts: [worker], ...(type ? { type } : {}) },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: GECKO_MIN_VERSION,
        // What Firefox asks every new add-on to declare: ours collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
    },
  };
}
