/**
 * "For what?" at a row's own address: when a reader opens `…/quyet-dinh/…/#r12` (the address a citation,
 * a search result or an honoree page gives for one award), the row alone would show a name, a role and a
 * place, with the decision, the award and the reason a long scroll above. This puts them in a line right
 * under the row. The words are the page's own (data attributes the build wrote on the award line and the
 * row); they are set as text, never as markup. Loaded by the layout (one script file for every page,
 * as the CSP allows no inline script); it does nothing on a page without award lines.
 */
const CONTEXT_CLASS = 'row-context';

function contextRow(row: HTMLTableRowElement): HTMLTableRowElement | undefined {
  const line = row.closest<HTMLElement>('section.award-line');
  if (!line) return undefined;
  const { rowDecision, rowAward, rowReason } = line.dataset;
  const own = row.querySelector<HTMLElement>('.row-achievement')?.dataset.rowOwn;
  const context = document.createElement('tr');
  context.className = CONTEXT_CLASS;
  const cell = document.createElement('td');
  cell.colSpan = row.cells.length;
  for (const text of [rowDecision, rowAward, rowReason, own]) {
    if (!text) continue;
    const p = document.createElement('p');
    p.textContent = text;
    cell.append(p);
  }
  context.append(cell);
  return context;
}

function show(): void {
  for (const old of document.querySelectorAll(`tr.${CONTEXT_CLASS}`)) old.remove();
  const id = decodeURIComponent(location.hash.slice(1));
  if (!/^r\d+$/.test(id)) return;
  const row = document.getElementById(id);
  if (!(row instanceof HTMLTableRowElement)) return;
  const context = contextRow(row);
  if (context) row.after(context);
}

export function showRowContext(): void {
  show();
  addEventListener('hashchange', show);
}
