/**
 * Figures in the words around them: a sentence from src/i18n/ui.ts whose numbers are kept apart, so the
 * page can mark each one with the question it answers (`data-figure`, `data-where`) and a test can
 * recount it from the open data (src/model/counting.ts).
 */
import { whereOf, type Figure } from '../model/counting.ts';
import { formatNumber, t, type UiKey } from '../i18n/ui.ts';
import type { Lang } from '../i18n/lang.ts';
import type { PageContext } from '../site/page-context.ts';

/** A run of words, or a number with what it counts. */
export interface FigureSegment {
  text: string;
  figure?: FigureMark;
}

/** The attributes a displayed figure carries. */
export interface FigureMark {
  'data-figure': Figure['measure'];
  'data-where': string;
}

export function figureMark(f: Figure): FigureMark {
  return { 'data-figure': f.measure, 'data-where': whereOf(f.filter) };
}

// Placeholders the message is filled with: a letter says which figure, the digits keep English plurals right.
const START = '\u0002';
const END = '\u0003';
const SENTINEL = /\u0002([a-z])([^\u0003]*)\u0003/g;

/**
 * The message `key` with `figures` filled in as marked numbers and `params` as plain words. At most 26
 * figures a sentence.
 */
export function figureText({ t, formatNumber }: Pick<PageContext, 't' | 'formatNumber'>, key: UiKey, figures: Record<string, Figure>, params: Record<string, string | number> = {}): FigureSegment[] {
  const names = Object.keys(figures);
  const marked = Object.fromEntries(names.map((name, i) => [name, `${START}${String.fromCharCode(97 + i)}${formatNumber(figures[name]!.value)}${END}`]));
  const text = t(key, { ...params, ...marked });
  const out: FigureSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(SENTINEL)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index) });
    out.push({ text: m[2]!, figure: figureMark(figures[names[m[1]!.charCodeAt(0) - 97]!]!) });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** `figureText` in a language other than the page's (the English summary of a Vietnamese page). */
export function figureTextIn(lang: Lang, key: UiKey, figures: Record<string, Figure>, params: Record<string, string | number> = {}): FigureSegment[] {
  return figureText({ t: (k, p) => t(lang, k, p), formatNumber: (n) => formatNumber(n, lang) }, key, figures, params);
}

/** The same sentence as plain text, for titles and descriptions. */
export function plain(segments: readonly FigureSegment[]): string {
  return segments.map((s) => s.text).join('');
}
