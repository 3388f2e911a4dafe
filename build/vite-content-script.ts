/**
 * Builds the content scripts of manifest.json (src/content/index.ts) as self-contained IIFEs (no
 * loader, no dynamic import, no web-accessible resources a page could probe) and puts their output
 * names into the manifest that @crxjs/vite-plugin writes, through its renderCrxManifest hook.
 *
 * crxjs can build such scripts itself (`contentScripts.standaloneFiles`), but its sub-build sets
 * `inlineDynamicImports`, an option Vite 8 ignores for IIFE output (which never splits), with a
 * warning on every build. This is the same sub-build without it: same root, mode, aliases, defines,
 * target and minification, and no plugins, as crxjs does it.
 */
import { resolve } from 'node:path';
import type { CrxPlugin } from '@crxjs/vite-plugin';
import { build, type ResolvedConfig } from 'vite';

export interface ContentScript {
  js?: string[];
  [key: string]: unknown;
}

/** The manifest for crxjs: the same, with no content scripts for it to build (`iifeContentScripts` adds them back). */
export function withoutContentScripts<T extends { content_scripts?: unknown }>(manifest: T): T {
  return { ...manifest, content_scripts: [] };
}

export function iifeContentScripts(scripts: readonly ContentScript[]): CrxPlugin {
  let config: ResolvedConfig;
  return {
    name: 'unwarranted-content-scripts',
    apply: 'build',
    // After crxjs's own manifest hooks, which would look for the scripts among those it built.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async renderCrxManifest(manifest) {
      const built = new Map<string, string>();
      for (const source of new Set(scripts.flatMap(({ js = [] }) => js))) {
        const fileName = source.replace(/^\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
        const result = await build({
          configFile: false,
          logLevel: 'warn',
          root: config.root,
          mode: config.mode,
          resolve: config.resolve,
          ...(config.define ? { define: config.define } : {}),
          plugins: [],
          build: {
            write: false,
            emptyOutDir: false,
            lib: { entry: resolve(config.root, source), formats: ['iife'], name: 'index', fileName: () => fileName },
            rolldownOptions: { output: { entryFileNames: fileName } },
            minify: config.build.minify,
            sourcemap: config.build.sourcemap,
            target: config.build.target,
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
        // A standalone script is exactly one file: another chunk would need a loader, a CSS file a manifest entry.
        const [entry] = outputs;
        if (outputs.length !== 1 || entry?.type !== 'chunk') {
          throw new Error(`${source} did not build to one self-contained script: ${outputs.map((output) => output.fileName).join(', ')}`);
        }
        this.emitFile({ type: 'asset', fileName, source: entry.code });
        built.set(source, fileName);
      }
      // In place (crxjs wrote an empty list), so the manifest keeps its key order.
      manifest.content_scripts = scripts.map(({ js = [], ...rest }) => ({ js: js.map((file) => built.get(file) ?? file), ...rest }));
      return manifest;
    },
  };
}
