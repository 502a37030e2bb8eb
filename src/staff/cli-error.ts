import { CLI_ERRORS, type CliErrorCode } from '../i18n/cli.ts';
import { translate, type Lang, type Params } from '../i18n/lang.ts';

/** An error a staff command reports in words and stops on. */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly params: Params;
  constructor(code: CliErrorCode, params: Params = {}) {
    // English in the stack trace a developer sees; staff get describe() in their language.
    super(translate(CLI_ERRORS, code, 'en', params));
    this.name = 'CliError';
    this.code = code;
    this.params = params;
  }

  describe(lang: Lang = 'vi'): string {
    return translate(CLI_ERRORS, this.code, lang, this.params);
  }
}
