/** The interface language of the page a script runs on, as the layout wrote it on `<html lang>`. */
import type { Lang } from '../i18n/lang.ts';

export function pageLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}
