/**
 * Runs the extension's pipeline (pipeline/decide.ts: shop spec → signals → vendor-word gate →
 * detection → view) on a saved page, in Node, with the data the build gives the content script.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { contentData } from '../../build/content-data.ts';
import { readDatasetFiles } from '../../build/dataset-files.ts';
import { Dataset } from '../../src/dataset/schema.ts';
import type { Decision } from '../../src/detect/detect.ts';
import { compileMatcher } from '../../src/detect/matcher.ts';
import { lazyPipelineData, type PipelineData } from '../../src/pipeline/data.ts';
import { decidePage, type PageDecision } from '../../src/pipeline/decide.ts';
import type { Fixture } from './fixtures.ts';

/** Read from the source files, so that scripts run by tsx (no vite) can use it too. */
export const dataset = Dataset.parse(readDatasetFiles());
export const matcher = compileMatcher(dataset.vendors);

/** The pipeline's data as the build makes it (build/content-data.ts), from the source dataset. */
export function pipelineDataFrom(source: Dataset = dataset): PipelineData {
  const { data, gate } = contentData(source);
  return lazyPipelineData(gate, () => data);
}
export const pipelineData = pipelineDataFrom();

/** A saved page as a Document, with its real URL. */
export function pageOf(fixture: Fixture): { url: URL; document: Document } {
  return { url: new URL(fixture.url), document: parseHTML(readFileSync(fixture.path, 'utf8')).document };
}

export function decideFixture(fixture: Fixture): PageDecision {
  return decidePage(pageOf(fixture), pipelineData);
}

/** Detection's decision where the pipeline got that far (not on a page the gate turned away). */
export function detectFixture(fixture: Fixture): Decision | undefined {
  const page = decideFixture(fixture);
  return 'decision' in page ? page.decision : undefined;
}
