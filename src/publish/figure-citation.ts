/**
 * A ready-to-paste citation for a table of figures or a report paragraph: who publishes the figures, what
 * they are, where, as of which date, and when the reader saw them. The date of access is the reader's,
 * not the build's: the text carries `ACCESSED` where the page's script (src/scripts/reader-date.ts) puts
 * the reader's date, and a page without script shows a wording the reader completes.
 */
import { formatDate } from '../text/dates.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Office } from '../model/office.ts';

/** Where the reader's date goes in a citation's text. */
export const ACCESSED = '{accessed}';

export interface FigureCitationInput {
  office: Pick<Office, 'name' | 'portalName'>;
  /** What the figures are: the table's caption or the report's title. */
  title: string;
  /** The page's full address. */
  url: string;
  /** The figures as of this date (YYYY-MM-DD): the newest decision counted. */
  asOf: string;
  lang: Lang;
}

/** The citation with `ACCESSED` for the reader's date. */
export function figureCitation({ office, title, url, asOf, lang }: FigureCitationInput): string {
  return lang === 'vi'
    ? `${office.name}, “${title}”, ${office.portalName}, ${url}, số liệu tính đến ${formatDate(asOf, 'vi')}, truy cập ${ACCESSED}.`
    : `${office.name}, “${title}”, ${office.portalName}, ${url}, figures as of ${formatDate(asOf, 'en')}, accessed ${ACCESSED}.`;
}

/** What stands for the reader's date where no script runs. */
export function accessedFallback(lang: Lang): string {
  return lang === 'vi' ? 'ngày … (điền ngày bạn xem trang)' : 'on … (the date you read the page)';
}

/** The reader's date as the citation writes it (the script's side, shared so a test can check it). */
export function accessedText(iso: string, lang: Lang): string {
  return lang === 'vi' ? formatDate(iso, 'vi') : formatDate(iso, 'en');
}
