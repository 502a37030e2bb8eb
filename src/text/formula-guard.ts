/**
 * Text a spreadsheet will show rather than run, for every CSV the portal writes (src/text/csv.ts): the
 * open data, in Node, and the search results, in the browser.
 */

/** First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell starting like a formula gets a leading `'` (OWASP's advice against CSV injection), since a name
 * or role copied from a decision could be `=HYPERLINK(…)`. Only CSV needs this; JSON keeps every value
 * exactly.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
