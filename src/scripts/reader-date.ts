/**
 * The reader's date where a page needs it: in the figure citations (`data-cite-template`, whose
 * `{accessed}` becomes today's date) and on printed pages (`data-print-date`, filled before printing).
 * Without this script the citation keeps a wording the reader completes and the print line has no date.
 */
import { ACCESSED, accessedText } from '../publish/figure-citation.ts';
import { todayIso } from '../text/dates.ts';

const lang = document.documentElement.lang === 'en' ? 'en' : 'vi';

function fillCitations(): void {
  const today = accessedText(todayIso(), lang);
  for (const box of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-cite-template]')) box.value = box.dataset['citeTemplate']!.replace(ACCESSED, today);
}

function fillPrintDate(): void {
  const today = accessedText(todayIso(), lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) el.textContent = today;
}

fillCitations();
window.addEventListener('beforeprint', fillPrintDate);
