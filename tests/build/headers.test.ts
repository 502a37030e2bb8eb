/** The headers hosts are given (issue 17): the page's policy, plus what only a header can say. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/routes/csp.ts';
import { ROOT, SAMPLE_SITE, readPage } from '../helpers.ts';

describe('header files for hosts', () => {
  it('public/_headers and docs/nginx.conf carry the CSP of src/routes/csp.ts, framing forbidden, and HSTS', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    const headers = readFileSync(join(ROOT, 'public/_headers'), 'utf8');
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
    expect(headers).toContain('  Strict-Transport-Security: max-age=31536000; includeSubDomains\n');
    const nginx = readFileSync(join(ROOT, 'docs/nginx.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}" always;`);
    expect(nginx).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
  });

  it('the built site carries _headers at its root', () => {
    expect(existsSync(join(SAMPLE_SITE, '_headers'))).toBe(true);
  });
});

describe('the 404 page', () => {
  it('names no canonical address (there is no /404/ page) and stays out of search engines', () => {
    const html = readPage(SAMPLE_SITE, '404.html');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('/404/');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
