/**
 * The interface languages and the one way every table of words (interface, content problems, staff
 * commands) is read: Vietnamese first, English beside it, `{name}` placeholders filled from facts.
 */
import { selectPlurals } from './plural.ts';

const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Values a text's `{name}` placeholders are filled with. */
export type Params = Readonly<Record<string, string | number>>;

/** A table of texts, one column per language. */
export type Table = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/**
 * Fills `{name}` placeholders and English plurals (`{n, plural, one {…} other {…}}`, src/i18n/plural.ts);
 * one with no value stays as written, so a test or a reader sees it.
 */
export function fill(template: string, params: Params = {}): string {
  return selectPlurals(template, params).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** The text for `key` in `lang`, filled in. */
export function translate<T extends Table>(table: T, key: keyof T, lang: Lang, params: Params = {}): string {
  return fill(table[key]![lang], params);
}
