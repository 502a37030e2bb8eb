/**
 * English pages link to records that exist only in Vietnamese (ADR 0007, as amended). Every such link is
 * marked where it is written, once for all components: `hreflang="vi"` for machines and a visible "VI"
 * for readers, so that no link drops an English reader into Vietnamese without warning.
 */
import { DATA_FOLDER, FEED_FOLDER } from '../routes/urls.ts';

/** The marker, with words for screen readers, which do not read `hreflang`. */
const MARK = '<span class="lang-mark"><span aria-hidden="true">VI</span><span class="visually-hidden"> (in Vietnamese)</span></span>';

const ANCHOR = /<a\s([^>]*)>([\s\S]*?)<\/a>/g;

/** Pages, not files: data and feeds read the same in every language. */
function isVietnamesePage(href: string, base: string): boolean {
  const root = base.replace(/\/+$/, '');
  if (!href.startsWith(`${root}/`)) return false;
  const path = href.slice(root.length + 1).split(/[?#]/)[0]!;
  if (path === 'en' || path.startsWith('en/')) return false;
  if (path.startsWith(DATA_FOLDER) || path.startsWith(FEED_FOLDER)) return false;
  return !/\.[a-z0-9]+$/i.test(path);
}

/** Marks the links of an English page that lead to Vietnamese pages; links that name their language already (the language switch) stay as they are. */
export function markVietnameseLinks(html: string, base: string): string {
  return html.replace(ANCHOR, (whole, attributes: string, body: string) => {
    if (/\shreflang=|^hreflang=/.test(` ${attributes}`)) return whole;
    const href = /(?:^|\s)href="([^"]*)"/.exec(attributes)?.[1];
    if (!href || !isVietnamesePage(href, base)) return whole;
    return `<a ${attributes} hreflang="vi">${body} ${MARK}</a>`;
  });
}
