/** Builds the sample portal once for every test that reads the built site or drives a browser. */
import { rmSync } from 'node:fs';
import { MULTI_YEAR_SITE, SAMPLE_CONTENT, SAMPLE_SITE, buildSite } from './helpers.ts';

export default function setup(): void {
  rmSync(SAMPLE_SITE, { recursive: true, force: true });
  // Built on first use (tests/helpers.ts `multiYearSite`), from this run's code.
  rmSync(MULTI_YEAR_SITE, { recursive: true, force: true });
  const result = buildSite(SAMPLE_CONTENT, SAMPLE_SITE);
  if (result.status !== 0) throw new Error(`The sample portal does not build:\n${result.output}`);
  process.env.SAMPLE_BUILD_OUTPUT = result.output;
}
