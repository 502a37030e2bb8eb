/**
 * Atom feeds of new decisions (site-wide, per award form, per place) and of stories. Pure string
 * builders; the endpoints in `src/pages/feeds/` hand them the portal model and the public origin.
 * Not the `feed` package: it writes times in UTC, entry titles and summaries as CDATA HTML, no xml:lang,
 * and keeps characters XML forbids, so readers would get other dates and text than the site shows.
 */
import { t } from '../i18n/ui.ts';
import { decisionTitle } from '../model/decision-title.ts';
import { escapeXml } from '../text/xml.ts';
import { datePrecision, todayIso } from '../text/dates.ts';
import type { PublishedDecision } from '../model/portal.ts';
import type { ExportContext } from './exports.ts';
import { officeIn } from '../model/office.ts';
import { FEED_FILES } from '../routes/urls.ts';

/** A calendar date as the RFC 3339 time Atom requires: midnight in Vietnam. */
export function atomTime(date: string): string {
  return `${date}T00:00:00+07:00`;
}

export interface FeedEntry {
  /** Permanent full URL: the entry's id and its link. */
  url: string;
  title: string;
  /** YYYY-MM-DD the decision was signed; absent when the source gives only the month or year (Atom allows that). */
  published: string | undefined;
  /**
   * YYYY-MM-DD of the last change: the signature, or a later correction or revocation. Atom requires it, so a
   * partial date counts as its last day here, the portal's one rule for sorting partial dates (ADR 0013).
   */
  updated: string;
  author: string;
  summary: string;
  /** One per award form the decision confers. */
  categories: { term: string; label: string }[];
}

export interface FeedMeta {
  /** Full URL of the feed itself: its id and rel="self". */
  self: string;
  /** Full URL of the HTML page the feed follows. */
  alternate: string;
  title: string;
  author: string;
}

/** Newest decisions shown in a feed; older ones stay on the site and in the open data. */
export const FEED_LENGTH = 50;

export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries[0]?.updated ?? todayIso());
  const x = escapeXml;
  const items = entries.map(
    (e) => `  <entry>
    <id>${x(e.url)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
${e.published ? `    <published>${atomTime(e.published)}</published>\n` : ''}    <updated>${atomTime(e.updated)}</updated>
    <author><name>${x(e.author)}</name></author>
${e.categories.map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>\n`).join('')}    <summary>${x(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${x(meta.self)}</id>
  <title>${x(meta.title)}</title>
  <link rel="self" type="application/atom+xml" href="${x(meta.self)}"/>
  <link rel="alternate" type="text/html" href="${x(meta.alternate)}"/>
  <updated>${atomTime(updated)}</updated>
  <author><name>${x(meta.author)}</name></author>
${items.join('')}</feed>
`;
}

/** Feed entries for decisions, newest first, at most FEED_LENGTH. */
export function decisionEntries({ portal, urls, absolute }: ExportContext, decisions: readonly PublishedDecision[]): FeedEntry[] {
  return decisions.slice(0, FEED_LENGTH).map((d) => {
    const later = [...(d.data.correctedBy ?? []), ...(d.data.revokedBy ? [d.data.revokedBy] : [])];
    const dates = [d.sortDate, ...later.flatMap((id) => portal.decisionById.get(id)?.sortDate ?? [])];
    const reasons = [...new Set(d.lines.map((l) => l.reason.replace(/[.\s]+$/, '')))];
    return {
      url: absolute(urls.decision(d.id)),
      title: decisionTitle(d),
      published: datePrecision(d.data.date) === 'day' ? d.data.date : undefined,
      updated: dates.reduce((a, b) => (b > a ? b : a)),
      author: d.authority.name,
      summary: `${reasons.join('. ')}. ${t('vi', 'feed.recipients', { n: d.rows.length })}`,
      categories: d.awards.map((a) => ({ term: a.id, label: a.name })),
    };
  });
}

/** A feed of `decisions` at `/feeds/<file>` (`FEED_FILES`), following the HTML page at `page`. */
export function decisionFeed(ctx: ExportContext, decisions: readonly PublishedDecision[], feed: { file: string; title: string; page: string }): string {
  const office = officeIn(ctx.portal.site, 'vi');
  const meta = {
    self: ctx.absolute(ctx.urls.feed(feed.file)),
    alternate: ctx.absolute(feed.page),
    title: `${feed.title} – ${office.portalName}`,
    author: office.name,
  };
  return atomFeed(meta, decisionEntries(ctx, decisions));
}

/** What a story feed needs of a story. */
export interface FeedStory {
  id: string;
  data: { title: string; summary: string; date: string; author?: string | undefined };
}

/** Feed of exemplary stories, newest first, at most FEED_LENGTH. */
export function storyFeed(ctx: ExportContext, stories: readonly FeedStory[]): string {
  const office = officeIn(ctx.portal.site, 'vi');
  const meta = {
    self: ctx.absolute(ctx.urls.feed(FEED_FILES.stories)),
    alternate: ctx.absolute(ctx.urls.stories()),
    title: `${t('vi', 'nav.stories')} – ${office.portalName}`,
    author: office.name,
  };
  const entries = [...stories]
    .sort((a, b) => b.data.date.localeCompare(a.data.date))
    .slice(0, FEED_LENGTH)
    .map((s) => ({
      url: ctx.absolute(ctx.urls.story(s.id)),
      title: s.data.title,
      published: s.data.date,
      updated: s.data.date,
      author: s.data.author ?? meta.author,
      summary: s.data.summary,
      categories: [{ term: 'guong-dien-hinh', label: t('vi', 'nav.stories') }],
    }));
  return atomFeed(meta, entries);
}

/** The HTTP response of a feed endpoint (the static build writes its body). */
export function atomResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
