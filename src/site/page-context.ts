/**
 * What every component of one page shares: the interface language and the helpers bound to it. Made by
 * src/middleware.ts from the page's address and read as `Astro.locals`, so no component rebuilds the
 * URL helpers or needs `lang` handed down through props (Starlight's `Astro.locals.t`).
 */
import { formatNumber, formatPercent, periodName, t, type UiKey } from '../i18n/ui.ts';
import type { YearSpan } from '../model/periods.ts';
import { makeUrls, type Urls } from '../routes/urls.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatDate, formatDateShort } from '../text/dates.ts';
import type { SiteSettings } from '../schemas/site.ts';
import { officeIn, type Office } from '../model/office.ts';

export interface PageContext {
  lang: Lang;
  /** The office that publishes the portal, in the page's language. */
  office: Office;
  /** The same in both languages, for what names it in both whatever the page's (citations). */
  site: SiteSettings;
  /** The other interface language: the language switch and `hreflang`. */
  otherLang: Lang;
  /** `t(lang, key, params)` in the page's language. */
  t: (key: UiKey, params?: Record<string, string | number>) => string;
  urls: Urls;
  /** The same addresses in the other language: `otherUrls.about()` is this page's counterpart. */
  otherUrls: Urls;
  formatDate: (iso: string) => string;
  formatDateShort: (iso: string) => string;
  formatNumber: (n: number) => string;
  formatPercent: (share: number) => string;
  /** "năm 2017", "giai đoạn 2015–2019" in the page's language. */
  periodName: (span: YearSpan) => string;
}

/** `/en/…` under the base is the English interface; every other page is Vietnamese. */
export function langOf(pathname: string, base: string): Lang {
  const root = `${base.replace(/\/+$/, '')}/en`;
  return pathname === root || pathname.startsWith(`${root}/`) ? 'en' : 'vi';
}

// Two languages, one base and one site.yaml per build: each context is made once, not once per page.
const contexts = new WeakMap<SiteSettings, Map<string, PageContext>>();

export function pageContext(lang: Lang, base: string, site: SiteSettings): PageContext {
  const key = `${lang} ${base}`;
  if (!contexts.has(site)) contexts.set(site, new Map());
  const forSite = contexts.get(site)!;
  let context = forSite.get(key);
  if (!context) {
    const otherLang: Lang = lang === 'vi' ? 'en' : 'vi';
    context = {
      lang,
      office: officeIn(site, lang),
      site,
      otherLang,
      t: (k, params) => t(lang, k, params),
      urls: makeUrls(base, lang),
      otherUrls: makeUrls(base, otherLang),
      formatDate: (iso) => formatDate(iso, lang),
      formatDateShort: (iso) => formatDateShort(iso, lang),
      formatNumber: (n) => formatNumber(n, lang),
      formatPercent: (share) => formatPercent(share, lang),
      periodName: (span) => periodName(lang, span),
    };
    forSite.set(key, context);
  }
  return context;
}
