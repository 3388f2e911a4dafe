/** Build time only (vite.config.ts): the slice of the dataset the content script is built with. */
import { compileMatcherData, serializeGate } from '../src/detect/matcher.ts';
import { preformat } from '../src/shared/format.ts';
import type { Dataset } from '../src/dataset/schema.ts';
import { summarizeLines, summarizeVerdicts, withNotesLater } from '../src/dataset/summary.ts';
import type { ContentData } from '../src/pipeline/data.ts';

/** The content script's data, and apart from it the gate its first look needs (detect/gate.ts). */
export function contentData(dataset: Dataset): { data: ContentData; gate: string } {
  const matcher = compileMatcherData(dataset.vendors);
  const data: ContentData = {
    version: dataset.version,
    reviewed: dataset.reviewed,
    vendors: dataset.vendors.map((vendor) => {
      const lines = summarizeLines(vendor);
      return {
        id: vendor.id,
        name: vendor.name,
        verdicts: withNotesLater(summarizeVerdicts(vendor)),
        ...(lines ? { lines } : {}),
        ...(vendor.type === 'cloud-platform' ? { cloudPlatform: true as const } : {}),
        ...(vendor.cloudPlatforms.length > 0
          ? {
              cloudPlatforms: vendor.cloudPlatforms.map((use) =>
                use.extent === 'some' ? { id: use.id, some: true as const } : { id: use.id },
              ),
            }
          : {}),
      };
    }),
    matcher,
    // The dates and countries the panel shows at once: case periods and regions, the review date.
    formats: preformat(
      [dataset.reviewed],
      dataset.vendors.flatMap((vendor) => vendor.verdicts.policeDisclosure.cases.map((item) => [item.from, item.to] as const)),
      [...new Set(dataset.vendors.flatMap((vendor) => vendor.verdicts.policeDisclosure.cases.map((item) => item.region)))],
    ),
  };
  return { data, gate: serializeGate(matcher) };
}
