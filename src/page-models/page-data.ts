/** The download links a browse page shows for its own rows (src/publish/page-data.ts). */
import { DATA_FILES, KIND_SLUGS, PAGE_DATA_FORMATS, type PageDataFormat, type PageDataSection } from '../routes/urls.ts';
import { hasSpreadsheet } from '../publish/xlsx.ts';
import type { PageContext } from '../site/page-context.ts';
import type { RecipientKind } from '../schemas/vocab.ts';

export interface DataLink {
  format: PageDataFormat;
  label: string;
  href: string;
}

/** The key of a page in its data files' addresses: the kind's slug, the year, or the id. */
export function pageDataKey(section: PageDataSection, key: string | number): string {
  return section === 'kind' ? KIND_SLUGS[key as RecipientKind] : String(key);
}

/** One link per format, to the file `fileOf` names under `/data/`. */
function dataLinks({ t, urls }: Pick<PageContext, 't' | 'urls'>, formats: readonly PageDataFormat[], fileOf: (format: PageDataFormat) => string): DataLink[] {
  return formats.map((format) => ({ format, label: t(`data.format.${format}`), href: urls.data(fileOf(format)) }));
}

/** A decision's own list, as its page shows it, in each format (src/build/content-steps.ts `writeOpenData`). */
export function decisionDataLinks(ctx: Pick<PageContext, 't' | 'urls'>, id: string): DataLink[] {
  return dataLinks(ctx, PAGE_DATA_FORMATS, (format) => DATA_FILES.decision(id, format));
}

/** The page's CSV and JSON, and its spreadsheet when it has one (`rows`: the rows in its files). */
export function pageDataLinks(ctx: Pick<PageContext, 't' | 'urls'>, section: PageDataSection, key: string | number, rows: number): DataLink[] {
  const formats = PAGE_DATA_FORMATS.filter((format) => format !== 'xlsx' || hasSpreadsheet(rows));
  return dataLinks(ctx, formats, (format) => DATA_FILES.page(section, pageDataKey(section, key), format));
}
