/** Result lines and the "no one of that name" answer as DOM: text nodes only, never HTML from the index. */
import type { ResultLine } from '../../search/results.ts';

/**
 * How a page in another language marks a link to a record published in Vietnamese only, as the
 * server-built links of that page are marked (src/site/language-marks.ts): `hreflang`, a visible label
 * and words for screen readers.
 */
export interface LinkMark {
  lang: string;
  label: string;
  words: string;
  /** Addresses under this path are pages in the page's own language (`/en/`: decisions and honorees too), and go unmarked. */
  own: string;
}

/** A link to `href`, marked when the page says its records are in another language. */
function link(href: string, text: string, mark: LinkMark | undefined): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  return setLinkText(a, text, mark);
}

/** Sets a link's text, with the mark of the records' language after it when there is one. */
export function setLinkText(a: HTMLAnchorElement, text: string, mark: LinkMark | undefined): HTMLAnchorElement {
  a.textContent = text;
  if (mark && !a.pathname.startsWith(mark.own)) {
    a.hreflang = mark.lang;
    const span = document.createElement('span');
    span.className = 'lang-mark';
    const label = document.createElement('span');
    label.setAttribute('aria-hidden', 'true');
    label.textContent = mark.label;
    const words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = ` ${mark.words}`;
    span.append(label, words);
    a.append(' ', span);
  }
  return a;
}

export function renderLine(line: ResultLine, mark?: LinkMark): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h3');
  h.append(link(line.url, line.title, mark));
  const p = document.createElement('p');
  p.className = 'search-results__meta';
  p.textContent = line.detail;
  li.append(h, p);
  if (line.row) {
    // The title may lead to the honoree page (every award); this is where the decision names them.
    p.prepend(link(line.row.url, line.row.label, mark), ' · ');
  }
  if (line.excerpt.length) {
    const ex = document.createElement('p');
    line.excerpt.forEach((part, i) => {
      if (i) ex.append(' ');
      if (part.match) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        ex.append(mark);
      } else ex.append(part.text);
    });
    li.append(ex);
  }
  return li;
}

/** Links as a list: the name index letter, near spellings. */
export function linkList(links: readonly { href: string; text: string; detail?: string }[], mark?: LinkMark): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const l of links) {
    const li = document.createElement('li');
    li.append(link(l.href, l.text, mark));
    if (l.detail) li.append(` (${l.detail})`);
    ul.append(li);
  }
  return ul;
}
