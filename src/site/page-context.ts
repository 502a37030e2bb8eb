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

export interface PageContext {
  lang: Lang;
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

// Two languages, one base per build: each context is made once, not once per page.
const contexts = new Map<string, PageContext>();

export function pageContext(lang: Lang, base: string): PageContext {
  const key = `${lang} ${base}`;
  let context = contexts.get(key);
  if (!context) {
    const otherLang: Lang = lang === 'vi' ? 'en' : 'vi';
    context = {
      lang,
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
    contexts.set(key, context);
  }
  return context;
}
