/**
 * Every public URL, built in one place. URLs are permanent: readable Vietnamese words without
 * diacritics, ids from file names, and a trailing slash. `base` is the sub-path the site is served under.
 */
export type Lang = 'vi' | 'en';

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export function makeUrls(base: string, lang: Lang = 'vi') {
  const root = lang === 'vi' ? '' : 'en/';
  const page = (path: string) => join(base, `${root}${path}`);
  return {
    home: () => page(''),
    decisions: (n = 1) => page(n > 1 ? `quyet-dinh/trang/${n}/` : 'quyet-dinh/'),
    decision: (id: string) => page(`quyet-dinh/${id}/`),
    recipient: (decisionId: string, row: number) => `${page(`quyet-dinh/${decisionId}/`)}#r${row}`,
    honoree: (slug: string) => page(`nguoi-duoc-khen/${slug}/`),
    award: (id: string) => page(`hinh-thuc/${id}/`),
    place: (id: string) => page(`dia-phuong/${id}/`),
    year: (year: number) => page(`nam/${year}/`),
    movement: (id: string) => page(`phong-trao/${id}/`),
    story: (id: string) => page(`guong-dien-hinh/${id}/`),
    about: () => page('gioi-thieu/'),
    asset: (path: string) => join(base, path),
  };
}
export type Urls = ReturnType<typeof makeUrls>;
