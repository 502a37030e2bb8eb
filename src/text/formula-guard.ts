/**
 * Text a spreadsheet will show rather than run, for every CSV the portal writes: the open data
 * (src/publish/exports.ts, in Node) and the search results (src/search/results-csv.ts, in the browser).
 * A module of its own so that both use the same rule: the open data's module needs Node's Buffer.
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
