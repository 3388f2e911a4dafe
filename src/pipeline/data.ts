/**
 * The small slice of the dataset the content script is built with (build/content-data.ts makes it):
 * recognition data, compiled, and per vendor its name and two headline verdicts. And the pipeline's
 * data as the pipeline reads it: lazily, so that a page that needs none of it never parses it.
 */
import type { VendorSummary } from '../dataset/summary.ts';
import { loadMatcher, type Matcher, type MatcherData } from '../detect/matcher.ts';
import { type Gate, parseGate } from '../detect/gate.ts';

export interface ContentData {
  version: string;
  reviewed: string;
  vendors: VendorSummary[];
  /** Detection's phrase indexes, compiled at build time. */
  matcher: MatcherData;
  /** Dates of the first render, formatted at build time (shared/format.ts). */
  formats: Record<string, string>;
}

/**
 * The name of the message that carries the content slice in the default locale's messages.json
 * (build/vite-locales.ts writes it, content/content-slice.ts reads it).
 */
export const CONTENT_MESSAGE = 'content_slice';

/**
 * The slice as a message text: JSON, with `$` doubled, since `i18n.getMessage` reads `$` as the
 * start of a placeholder and gives back `$$` as one `$`.
 */
export const contentMessageText = (data: ContentData): string => JSON.stringify(data).replaceAll('$', '$$$$');

/** The content slice with its matcher loaded: what detection and the view need. */
export interface Recognition {
  data: ContentData;
  matcher: Matcher;
}

/** What decidePage() reads, each part made on its first use and kept. */
export interface PipelineData {
  /** The gate's words and phrases (detect/gate.ts). */
  gate: () => Gate;
  /** The content slice and the matcher: asked for only by a page that passed the gate. */
  recognition: () => Recognition;
}

/**
 * The pipeline's data from the build's two parts: the packed gate
 * (`virtual:unwarranted/gate`, in the script) and a loader of the content slice (in the
 * content script content/content-slice.ts, which reads it from the extension's messages). Neither
 * is parsed before the pipeline needs it. In Node, tests and scripts pass build/content-data.ts's
 * `contentData(dataset)` (tests/support/detect-page.ts).
 */
export function lazyPipelineData(packedGate: string, loadContent: () => ContentData): PipelineData {
  let gate: Gate | undefined;
  let recognition: Recognition | undefined;
  return {
    gate: () => (gate ??= parseGate(packedGate)),
    recognition: () => {
      if (!recognition) {
        const data = loadContent();
        recognition = { data, matcher: loadMatcher(data.matcher) };
      }
      return recognition;
    },
  };
}
