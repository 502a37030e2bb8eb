/** The build pipeline's list, its events and the output folders it refuses; no build is run here. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_EVENTS_VARIABLE, emitStepEvent, parseStepEvents } from '../../src/build/events.ts';
import { PIPELINE, buildSettings, outDirProblem, startBuild } from '../../src/build/pipeline.ts';
import { lockBuild, nextFolderFor, publishFolder, removeOldSite } from '../../src/build/publish.ts';
import { STAGING_VARIABLE, readDatasetSizes, writeDatasetSizes } from '../../src/build/staging.ts';

describe('the pipeline', () => {
  it('validates, writes the content files beside rendering, then works on the rendered site', () => {
    expect(PIPELINE.map((s) => `${s.lane}:${s.name}`)).toEqual([
      'content:validate',
      'content:open-data',
      'content:name-shards',
      'render:render',
      'site:add-content-files',
      'site:check-addresses',
      'site:redirect-pages',
      'site:summary',
      'site:search-index',
      'site:publish',
      'site:remove-old-site',
    ]);
    expect(PIPELINE.filter((s) => !s.run).map((s) => s.name)).toEqual(['render']);
  });
});

describe('step events', () => {
  const saved = process.env[BUILD_EVENTS_VARIABLE];
  afterEach(() => {
    if (saved === undefined) delete process.env[BUILD_EVENTS_VARIABLE];
    else process.env[BUILD_EVENTS_VARIABLE] = saved;
  });

  it('are JSON lines in the file PORTAL_BUILD_EVENTS names, read back in order', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'portal-events-')), 'events.jsonl');
    process.env[BUILD_EVENTS_VARIABLE] = file;
    emitStepEvent({ step: 'validate', phase: 'start' });
    emitStepEvent({ step: 'validate', phase: 'end', ms: 12, counts: { decisions: 16 } });
    const events = parseStepEvents(readFileSync(file, 'utf8'));
    expect(events.map(({ at: _, ...e }) => e)).toEqual([
      { step: 'validate', phase: 'start' },
      { step: 'validate', phase: 'end', ms: 12, counts: { decisions: 16 } },
    ]);
    expect(events[1]!.at).toBeGreaterThanOrEqual(events[0]!.at);
  });

  it('are not written when PORTAL_BUILD_EVENTS is unset', () => {
    delete process.env[BUILD_EVENTS_VARIABLE];
    expect(() => emitStepEvent({ step: 'validate', phase: 'start' })).not.toThrow();
  });
});

describe('the data set sizes the open-data page lists', () => {
  it('are read as the open-data step wrote them; the dev server does not wait for them', async () => {
    const staging = mkdtempSync(join(tmpdir(), 'portal-staging-'));
    process.env[STAGING_VARIABLE] = staging;
    expect(await readDatasetSizes({ wait: false })).toBeUndefined();
    writeDatasetSizes(staging, { 'khen-thuong.csv': 319863 });
    expect(await readDatasetSizes({ wait: true })).toEqual({ 'khen-thuong.csv': 319863 });
  });
});

describe('the output folder', () => {
  it('may be inside the project or anywhere else', () => {
    expect(outDirProblem('/srv/portal/dist', '/srv/portal')).toBeUndefined();
    expect(outDirProblem('/srv/portal/bench/out/1000', '/srv/portal')).toBeUndefined();
    expect(outDirProblem('/tmp/site', '/srv/portal')).toBeUndefined();
    expect(outDirProblem('/srv/site', '/srv/portal')).toBeUndefined();
  });
  it('is refused, with the reason, beside the project with a name that starts like it', () => {
    const problem = outDirProblem('/srv/portal-site', '/srv/portal');
    expect(problem).toContain('Thư mục build /srv/portal-site nằm cạnh thư mục dự án /srv/portal');
    expect(problem).toContain('Use a folder inside the project, or one named otherwise.');
  });
});

describe('publishing a build', () => {
  it('replaces the published folder by the new build, leaving nothing beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-publish-'));
    const site = join(dir, 'site');
    const next = nextFolderFor(site);
    mkdirSync(site);
    writeFileSync(join(site, 'old.html'), 'old');
    mkdirSync(next);
    writeFileSync(join(next, 'new.html'), 'new');
    publishFolder(next, site);
    expect(existsSync(join(site, 'new.html'))).toBe(true);
    expect(existsSync(join(site, 'old.html'))).toBe(false);
    expect(existsSync(next)).toBe(false);
    // The old site is deleted once the new one is live.
    expect(readFileSync(join(`${site}.old`, 'old.html'), 'utf8')).toBe('old');
    removeOldSite(site);
    expect(existsSync(`${site}.old`)).toBe(false);
  });

  it('puts the previous site back when a build was killed between the two renames of publishing', () => {
    const site = join(mkdtempSync(join(tmpdir(), 'portal-publish-')), 'site');
    mkdirSync(`${site}.old`);
    writeFileSync(join(`${site}.old`, 'index.html'), 'previous');
    mkdirSync(nextFolderFor(site));
    startBuild(buildSettings(nextFolderFor(site), undefined, '/', { publishDir: site }));
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('previous');
    expect(existsSync(`${site}.old`)).toBe(false);
    expect(existsSync(nextFolderFor(site))).toBe(false);
  });

  it('takes a lock that a second build cannot take until it is released, and takes over a dead one', () => {
    const site = join(mkdtempSync(join(tmpdir(), 'portal-lock-')), 'site');
    const first = lockBuild(site);
    expect('release' in first).toBe(true);
    expect(lockBuild(site)).toEqual({ heldBy: process.pid });
    if ('release' in first) first.release();
    const second = lockBuild(site);
    expect('release' in second).toBe(true);
    if ('release' in second) second.release();
    // A build that died without releasing it: no process has this id.
    writeFileSync(`${site}.lock`, '2147483646');
    const third = lockBuild(site);
    expect('release' in third).toBe(true);
    if ('release' in third) third.release();
  });
});
