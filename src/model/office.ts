/** The office that publishes the portal (content/site.yaml), as pages, reports and feeds name it. */
import { basename } from 'node:path';
import { t } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import type { SiteSettings } from '../schemas/site.ts';

/** The office in one language. */
export interface Office {
  name: string;
  shortName: string;
  jurisdiction: string;
  /** How reports name the whole area: "toàn tỉnh". */
  area: string;
  /** Who the open data is credited to. */
  licenseHolder: string;
  /** The portal's name: the header and every page title end with it. */
  portalName: string;
  contact: NonNullable<SiteSettings['contact']> | undefined;
  /** The logo's file name, as served under `urls.logo()`. */
  logo: string | undefined;
}

export function officeIn(site: SiteSettings, lang: Lang): Office {
  return {
    name: site.name[lang],
    shortName: site.shortName[lang],
    jurisdiction: site.jurisdiction[lang],
    area: site.area[lang],
    licenseHolder: (site.licenseHolder ?? site.name)[lang],
    portalName: site.portalName?.[lang] ?? t(lang, 'site.name'),
    contact: site.contact,
    logo: site.logo && basename(site.logo),
  };
}
