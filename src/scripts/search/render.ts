/** Result lines and the "no one of that name" answer as DOM: text nodes only, never HTML from the index. */
import type { ResultLine } from '../../search/results.ts';

export function renderLine(line: ResultLine): HTMLLIElement {
  const li = document.createElement('li');
  const h = document.createElement('h3');
  const a = document.createElement('a');
  a.href = line.url;
  a.textContent = line.title;
  h.append(a);
  const p = document.createElement('p');
  p.className = 'search-results__meta';
  p.textContent = line.detail;
  li.append(h, p);
  if (line.row) {
    // The title may lead to the honoree page (every award); this is where the decision names them.
    const row = document.createElement('a');
    row.href = line.row.url;
    row.textContent = line.row.label;
    p.prepend(row, ' · ');
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
export function linkList(links: readonly { href: string; text: string; detail?: string }[]): HTMLUListElement {
  const ul = document.createElement('ul');
  for (const l of links) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = l.href;
    a.textContent = l.text;
    li.append(a);
    if (l.detail) li.append(` (${l.detail})`);
    ul.append(li);
  }
  return ul;
}
