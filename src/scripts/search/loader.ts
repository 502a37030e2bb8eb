/**
 * The only search code on a content page: it waits for the visitor to focus or type in a search box,
 * then loads the name finder. Nothing else is downloaded until then.
 */
export function loadOnFirstUse(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('input[data-name-finder]')) {
    const load = () => {
      input.removeEventListener('focus', load);
      input.removeEventListener('input', load);
      void import('./name-finder.ts').then(({ attachNameFinder }) => attachNameFinder(input));
    };
    input.addEventListener('focus', load);
    input.addEventListener('input', load);
    if (document.activeElement === input) load();
  }
}
