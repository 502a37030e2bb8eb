/** The open-data page (src/views/OpenDataView.astro): the files with their sizes, examples, columns and feeds. */
import { catalogueName } from '../i18n/catalogue.ts';
import type { BrowseIndex } from '../model/browse.ts';
import { formatSize, type DataFile, type ExportContext } from '../publish/exports.ts';
import { describeColumns, exportRowSchema, statsRowSchema } from '../schemas/export.ts';
import { DATA_FILES, FEED_FILES, PAGE_DATA_FORMATS } from '../routes/urls.ts';
import type { PageContext } from '../site/page-context.ts';
import type { Link } from './indexes.ts';
import { COUNTING_RULE_ANCHOR, figure } from '../model/counting.ts';
import { figureText, type FigureSegment } from './figures.ts';
import { formatNumber } from '../i18n/ui.ts';
import { XLSX_MAX_ROWS } from '../publish/xlsx.ts';

/** A site-wide file as src/site/content.ts lists it; `bytes` is unknown until the build has written it. */
export type ListedFile = Pick<DataFile, 'file' | 'title' | 'period'> & { bytes: number | undefined };

export interface OpenDataPage {
  files: {
    name: string;
    href: string;
    title: string;
    /** Empty where the size is not known (`npm run dev` before the open data is written). */
    size: string;
  }[];
  /** One decision's own files, as an example of all of them. */
  perDecision: { text: FigureSegment[]; files: Link[] } | undefined;
  /** Y years make Y(Y−1)/2 period tables: described in one line with one example, not listed. */
  periods: { text: string; example: Link } | undefined;
  tables: { heading: string; columns: { name: string; description: string }[] }[];
  awardFeeds: Link[];
}

/** `exports` builds the data files' addresses: one tree for every language, only the page is translated. */
export function openDataPage(exports: ExportContext, browse: BrowseIndex, listing: readonly ListedFile[], ctx: PageContext): OpenDataPage {
  const { lang, t, urls } = ctx;
  const { portal } = exports;
  const link = (file: string): Link => ({ name: file, href: urls.data(file) });
  const periods = listing.filter((f) => f.period);
  const example = portal.decisions[0];
  return {
    files: listing
      .filter((f) => !f.period)
      .map((f) => ({
        ...link(f.file),
        title: f.title[lang],
        size: f.bytes === undefined ? '' : formatSize(f.bytes, lang),
      })),
    perDecision: example && {
      text: figureText(ctx, 'openData.perDecision', { n: figure(portal.decisions.length, 'listed') }),
      files: PAGE_DATA_FORMATS.map((format) => link(DATA_FILES.decision(example.id, format))),
    },
    periods: periods[0] && { text: t('openData.periods', { n: periods.length }), example: link(periods[0].file) },
    tables: [
      { heading: 'khen-thuong.csv, khen-thuong.json, quyet-dinh/…', columns: describeColumns(exportRowSchema, lang) },
      {
        heading: `thong-ke/<${t('openData.year')}>.csv, thong-ke/<${t('openData.firstYear')}>-<${t('openData.lastYear')}>.csv`,
        columns: describeColumns(statsRowSchema, lang),
      },
    ],
    awardFeeds: [...browse.byAward.keys()].map((id) => ({ name: catalogueName(portal.awards.get(id)!, lang), href: urls.feed(FEED_FILES.award(id)) })),
  };
}

/** The counting rule in words (src/model/counting.ts in code), where every figure's note links. */
export function countingRule({ t, lang }: Pick<PageContext, 't' | 'lang'>): { anchor: string; title: string; points: string[] } {
  return {
    anchor: COUNTING_RULE_ANCHOR,
    title: t('count.title'),
    points: [t('count.rule.award'), t('count.rule.corrections'), t('count.rule.revoked'), t('count.rule.year'), t('count.rule.decisions'), t('count.rule.check'), t('count.rule.downloads', { max: formatNumber(XLSX_MAX_ROWS, lang) })],
  };
}
