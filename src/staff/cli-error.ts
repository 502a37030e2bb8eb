import { CLI_ERRORS, CLI_ITEMS, type CliErrorCode, type CliItemCode } from '../i18n/cli.ts';
import { translate, type Lang, type Params } from '../i18n/lang.ts';

/** One line of a list an error carries (each row of a sheet the import cannot read, say). */
export interface CliItem {
  code: CliItemCode;
  params: Params;
}

/** An error a staff command reports in words and stops on. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly params: Params;
  readonly items: readonly CliItem[];
  constructor(code: CliErrorCode, params: Params = {}, items: readonly CliItem[] = []) {
    // English in the stack trace a developer sees; staff get describe() in their language.
    super(translate(CLI_ERRORS, code, 'en', params));
    this.name = 'CliError';
    this.code = code;
    this.params = params;
    this.items = items;
  }

  describe(lang: Lang = 'vi'): string {
    return [translate(CLI_ERRORS, this.code, lang, this.params), ...this.items.map((i) => `  ${translate(CLI_ITEMS, i.code, lang, i.params)}`)].join('\n');
  }
}
