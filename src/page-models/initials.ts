/**
 * The search pages' lists of names by the first letter of the given name, which work without JavaScript
 * (src/pages/tim-kiem/): the letters, and one letter's page of names.
 */
import { pageCount, pageOf } from '../routes/paging.ts';
import { INITIALS_PAGE_SIZE, initialSlug } from '../search/initials.ts';
import type { NameEntry } from '../search/names.ts';
import type { PageContext } from '../site/page-context.ts';
import type { Link } from './indexes.ts';

/** Names that start with no letter are grouped under '#', shown as "khác". */
function initialLabel(letter: string, { t }: PageContext): string {
  return letter === '#' ? t('search.initialOther') : letter.toUpperCase();
}

/** A link to each letter's first page, `current` on the letter being shown. */
export function initialLinks(letters: Iterable<string>, ctx: PageContext, current?: string): (Link & { current: boolean })[] {
  return [...letters].map((l) => ({ name: initialLabel(l, ctx), href: ctx.urls.namesByInitial(initialSlug(l)), current: l === current }));
}

export interface InitialPage {
  title: string;
  intro: string;
  letters: (Link & { current: boolean })[];
  /** Each name with the year and place that tell namesakes apart: " · 2017 · xã Yên Khoái". */
  names: (Link & { detail: string })[];
  pager: { current: number; total: number; href: (n: number) => string };
}

export function initialPage(initials: ReadonlyMap<string, readonly NameEntry[]>, letter: string, page: number, ctx: PageContext): InitialPage {
  const all = initials.get(letter);
  if (!all) throw new Error(`No names under ${letter}`);
  const { t, urls } = ctx;
  const total = pageCount(all.length, INITIALS_PAGE_SIZE);
  return {
    title: t('search.initialTitle', { letter: initialLabel(letter, ctx) }),
    intro: t('search.initialIntro', { page, pages: total }),
    letters: initialLinks(initials.keys(), ctx, letter),
    names: pageOf(all, page, INITIALS_PAGE_SIZE).map((e) => ({
      name: e.name,
      href: e.honoree ? urls.honoree(e.honoree) : urls.recipient(e.decision!, e.row!),
      detail: [e.place, e.year].filter(Boolean).map((x) => ` · ${x}`).join(''),
    })),
    pager: { current: page, total, href: (n) => urls.namesByInitial(initialSlug(letter), n) },
  };
}
