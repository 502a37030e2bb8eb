/** The rendering half of "content is text" (docs/adr/0011-content-is-text.md): what slips past the validator renders as text. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import contentIsTextIntegration, { contentIsText } from '../../src/site/content-is-text.ts';
import { SAMPLE_CONTENT } from '../helpers.ts';

const fileURL = pathToFileURL(join(SAMPLE_CONTENT, 'decisions/2017/x.md'));

function render(markdown: string): string {
  return markdownToHtml(markdown, { mdastPlugins: [contentIsText], fileURL }).html;
}

describe('Markdown bodies render as text', () => {
  it('raw HTML is shown, never run', () => {
    const html = render('<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\nChữ <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<iframe src="https://evil.example/"></iframe>\n\n<!-- chưa đóng\n');
    expect(html).not.toMatch(/<(meta|script|img|iframe)\b/);
    expect(html).not.toContain('<!--');
    expect(html).toContain('&lt;meta http-equiv=');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('a closed comment is dropped; script links lead nowhere; images from outside content/ are left out', () => {
    const html = render('<!-- ghi chú -->\n\n[a](javascript:alert(1)) [b](https://langson.gov.vn/) [c](/quyet-dinh/) ![d](../../../../etc/passwd)\n');
    expect(html).toBe('<p><a href="#">a</a> <a href="https://langson.gov.vn/">b</a> <a href="/quyet-dinh/">c</a> d</p>\n');
  });
});

describe('MDX stories run no code', () => {
  it('imports, exports, expressions and unknown elements are dropped before compiling', () => {
    const { code } = mdxToJs("import { execSync } from 'node:child_process'\n\nexport const who = execSync('id').toString()\n\nNgười chạy: {who}\n\n<script>alert(1)</script>\n", {
      mdastPlugins: [contentIsText],
      fileURL,
    });
    expect(code).not.toContain('child_process');
    expect(code).not.toContain('execSync');
    expect(code).not.toMatch(/["']script["']/);
    expect(code).toContain('Người chạy');
  });
});

describe('the integration', () => {
  it('adds the rules to the processor Astro renders with, and refuses a processor it cannot extend', () => {
    const options = { mdastPlugins: [] as unknown[] };
    const setup = contentIsTextIntegration().hooks['astro:config:setup'] as (p: unknown) => void;
    setup({ config: { markdown: { processor: { name: 'satteri', options } } } });
    expect(options.mdastPlugins).toEqual([contentIsText]);
    expect(() => setup({ config: { markdown: { processor: { name: 'other' } } } })).toThrow(/0011-content-is-text/);
  });
});
