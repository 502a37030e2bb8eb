/**
 * How to cite a decision, one honoree's row in it, or a story: a citation text in Vietnamese and one in
 * English, CSL-JSON (Zotero, Mendeley, Pandoc) and BibTeX. Names, numbers and titles stay as published,
 * in Vietnamese; the English text translates only the frame and the dates. The URL is the portal's
 * permanent one, with the row's `#r<STT>` anchor when citing a row.
 */
import { DECISION_STATUS_LABELS } from '../schemas/vocab.ts';
import { formatDate, yearOfDate } from '../text/dates.ts';
import { decisionTitle } from '../model/decision-title.ts';
import type { PublishedDecision } from '../model/portal.ts';

export interface CiteInput {
  decision: PublishedDecision;
  /** 1-based row of the recipient being cited; the whole decision when absent. */
  row?: number | undefined;
  /** Full URL of the decision page, or of the row (with its anchor). */
  url: string;
  /** Day the page was read, YYYY-MM-DD. */
  accessed: string;
}

/** A CSL-JSON item with the fields a legislation item (a decision) or a web page (a story) uses. */
export interface CslItem {
  id: string;
  type: 'legislation' | 'webpage';
  title: string;
  author: { literal: string }[];
  authority?: string;
  number?: string;
  'container-title'?: string;
  section?: string;
  /** As much of the date as is known: [[y, m, d]], [[y, m]] or [[y]] (CSL allows each). */
  issued: { 'date-parts': [number[]] };
  URL: string;
  accessed: { 'date-parts': [[number, number, number]] };
  language: 'vi';
  note?: string;
}

export interface Citation {
  text: string;
  /** The same reference for an English text: the frame and dates in English, the record as published. */
  textEn: string;
  csl: CslItem;
  bibtex: string;
}

/** CSL date parts of a full or partial date: nothing the source did not give is added. */
function dateParts(iso: string): { 'date-parts': [number[]] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

function fullDateParts(iso: string): { 'date-parts': [[number, number, number]] } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text as a BibTeX field holds it: LaTeX's special characters escaped; Vietnamese letters stay UTF-8. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIALS[c] ?? c);
}

/** A citation key of ASCII letters, digits and hyphens: "2017/1820-qd-ubnd-…" → "2017-1820-qd-ubnd-…". */
export function citationKey(decisionId: string, row?: number): string {
  return `qd-${decisionId.replace(/[^a-z0-9]+/g, '-')}${row ? `-r${row}` : ''}`;
}

export function cite({ decision, row, url, accessed }: CiteInput): Citation {
  const d = decision.data;
  const recipient = row ? decision.rows[row - 1]?.recipient : undefined;
  if (row && !recipient) throw new Error(`${decision.id} has no row ${row}`);
  const section = recipient && row ? `STT ${row}` : undefined;
  const who = recipient ? `, ${section}: ${recipient.name}` : '';
  const title = `${decisionTitle(decision, 'vi', { dated: true })}${who}`;
  const author = decision.authority.shortName;
  const year = String(yearOfDate(d.date));
  const status = decision.status === 'in-force' ? undefined : DECISION_STATUS_LABELS[decision.status].vi;
  const accessedText = `truy cập ${formatDate(accessed)}`;
  const key = citationKey(decision.id, row);

  const text = `${author} (${year}), ${title}${status ? ` [${status}]` : ''}, ${url}, ${accessedText}.`;
  const whoEn = recipient ? `, row (STT) ${row}: ${recipient.name}` : '';
  const statusEn = decision.status === 'in-force' ? '' : ` [${DECISION_STATUS_LABELS[decision.status].en}]`;
  const titleEn = `${decisionTitle(decision, 'en', { dated: true })}${whoEn}`;
  const textEn = `${decision.authority.nameEn} (${year}). ${titleEn}${statusEn}. Retrieved ${formatDate(accessed, 'en')}, from ${url}`;
  const csl: CslItem = {
    id: key,
    type: 'legislation',
    title,
    author: [{ literal: author }],
    authority: decision.authority.name,
    number: d.number,
    ...(section ? { section } : {}),
    issued: dateParts(d.date),
    URL: url,
    accessed: fullDateParts(accessed),
    language: 'vi',
    ...(status ? { note: status } : {}),
  };
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(author)}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['year', year],
    // biblatex reads YYYY-MM and YYYY as dates known to the month or year.
    ['date', d.date],
    ['number', escapeBibtex(d.number)],
    ['url', url],
    ['urldate', accessed],
    ['note', escapeBibtex([status, `Truy cập ${formatDate(accessed)}`].filter(Boolean).join('. '))],
    ['language', 'vietnamese'],
  ];
  return { text, textEn, csl, bibtex: bibtexEntry(key, fields) };
}

function bibtexEntry(key: string, fields: readonly [string, string][]): string {
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

export interface CiteStoryInput {
  story: { id: string; data: { title: string; date: string; author?: string | undefined } };
  /** Full URL of the story page. */
  url: string;
  /** Day the page was read, YYYY-MM-DD. */
  accessed: string;
  /** The portal's name and publisher in both languages: the author when the story names none. */
  site: { name: string; nameEn: string; publisher: string; publisherEn: string };
}

/** A story is a page of the portal: cited as a web page, by its author or else the publisher. */
export function citeStory({ story, url, accessed, site }: CiteStoryInput): Citation {
  const { title, date } = story.data;
  const year = date.slice(0, 4);
  const key = `gdh-${story.id.replace(/[^a-z0-9]+/g, '-')}`;
  const author = story.data.author ?? site.publisher;
  const text = `${author} (${year}), ${title}, ${site.name}, ${url}, truy cập ${formatDate(accessed)}.`;
  const textEn = `${story.data.author ?? site.publisherEn} (${year}). ${title}. ${site.nameEn}. Retrieved ${formatDate(accessed, 'en')}, from ${url}`;
  const csl: CslItem = {
    id: key,
    type: 'webpage',
    title,
    author: [{ literal: author }],
    'container-title': site.name,
    issued: dateParts(date),
    URL: url,
    accessed: fullDateParts(accessed),
    language: 'vi',
  };
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(author)}}`],
    ['title', `{${escapeBibtex(title)}}`],
    ['howpublished', escapeBibtex(site.name)],
    ['year', year],
    ['date', date],
    ['url', url],
    ['urldate', accessed],
    ['note', escapeBibtex(`Truy cập ${formatDate(accessed)}`)],
    ['language', 'vietnamese'],
  ];
  return { text, textEn, csl, bibtex: bibtexEntry(key, fields) };
}
