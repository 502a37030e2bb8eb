import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicOrigin } from '../../src/site/site-url.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

describe('the public address', () => {
  it('is url in site.yaml, unless PORTAL_SITE says otherwise', () => {
    expect(publicOrigin(SAMPLE_CONTENT, {})).toBe('https://khenthuong.example.gov.vn');
    expect(publicOrigin(join(SAMPLE_CONTENT, '../tests/fixtures/second-office'), {})).toBe('https://thiduakhenthuong.example.gov.vn');
    expect(publicOrigin(SAMPLE_CONTENT, { PORTAL_SITE: 'https://thu.example.org' })).toBe('https://thu.example.org');
  });

  it('is a placeholder when the folder has no site.yaml or no usable url in it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-site-url-'));
    expect(publicOrigin(dir, {})).toBe('https://khenthuong.example.gov.vn');
    writeFileSync(join(dir, 'site.yaml'), 'url: [khong phai dia chi\n');
    expect(publicOrigin(dir, {})).toBe('https://khenthuong.example.gov.vn');
  });
});
