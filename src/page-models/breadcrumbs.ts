/**
 * Where a deep page sits: "Trang chủ › Quyết định › Quyết định số 1820/QĐ-UBND". Page models give the
 * trail; the layout prints it and describes it to search engines as a schema.org BreadcrumbList.
 */
import type { Portal } from '../model/portal.ts';
import type { PageContext } from '../site/page-context.ts';

export interface Crumb {
  name: string;
  /** None for the last crumb: the page the reader is on. */
  href?: string;
}

/** Home, the section and whatever lies between, then the page itself. */
export function breadcrumbs({ t, urls }: PageContext, trail: readonly Required<Crumb>[], current: string): Crumb[] {
  return [{ name: t('nav.home'), href: urls.home() }, ...trail, { name: current }];
}

/** A place's trail: the places list, then the places it lies within, outermost first. */
export function placeTrail(portal: Pick<Portal, 'places'>, id: string, ctx: PageContext): Crumb[] {
  const within: Required<Crumb>[] = [];
  const place = portal.places.get(id);
  // The parent chain is short (commune, district, province); the guard stops a cycle in bad data.
  for (let p = place?.parent ? portal.places.get(place.parent) : undefined; p && within.length < 10; p = p.parent ? portal.places.get(p.parent) : undefined)
    within.unshift({ name: p.name, href: ctx.urls.place(p.id) });
  return breadcrumbs(ctx, [{ name: ctx.t('nav.places'), href: ctx.urls.places() }, ...within], place?.name ?? id);
}

/** schema.org BreadcrumbList, with the addresses on the public origin; the page itself is the last item, without one. */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], site: URL | string | undefined): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      ...(c.href ? { item: site ? new URL(c.href, site).href : c.href } : {}),
    })),
  };
}
