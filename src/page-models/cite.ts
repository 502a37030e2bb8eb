/** The "Trích dẫn" box (src/components/CiteThis.astro): one citation as text (vi, en), CSL-JSON and BibTeX. */
import { officeIn } from '../model/office.ts';
import type { PublishedDecision } from '../model/portal.ts';
import { cite, citeStory, type CiteStoryInput } from '../publish/citation.ts';
import { absoluteUrl } from '../routes/urls.ts';
import type { PageContext } from '../site/page-context.ts';

/** A decision, one row (STT) of it, or a story. */
export type CiteSubject = { decision: PublishedDecision; row?: number | undefined } | { story: CiteStoryInput['story'] };

export interface CiteBox {
  summary: string;
  fields: { label: string; value: string; rows: number; lang: 'vi' | 'en' | undefined }[];
}

// A citation names the portal in both languages, whatever the page's.
function citedSite(site: PageContext['site']): CiteStoryInput['site'] {
  const [vi, en] = [officeIn(site, 'vi'), officeIn(site, 'en')];
  return { name: vi.portalName, nameEn: en.portalName, publisher: vi.name, publisherEn: en.name };
}

/** `site`: the public origin, for full addresses; `accessed`: the day the page was built, YYYY-MM-DD. */
export function citeBox(subject: CiteSubject, site: URL | string | undefined, accessed: string, { lang, t, urls, site: office }: PageContext): CiteBox {
  const citation =
    'story' in subject
      ? citeStory({ story: subject.story, url: absoluteUrl(site, urls.story(subject.story.id)), accessed, site: citedSite(office) })
      : cite({
          decision: subject.decision,
          row: subject.row,
          url: absoluteUrl(site, subject.row ? urls.recipient(subject.decision.id, subject.row) : urls.decision(subject.decision.id)),
          accessed,
        });
  const texts = [
    { label: t('cite.text'), value: citation.text, rows: 3, lang: 'vi' as const },
    { label: t('cite.textEn'), value: citation.textEn, rows: 3, lang: 'en' as const },
  ];
  return {
    summary: t('cite.summary'),
    fields: [
      // The page's language first: an English reader copies the English citation.
      ...(lang === 'vi' ? texts : texts.reverse()),
      { label: t('cite.csl'), value: JSON.stringify(citation.csl, null, 2), rows: 8, lang: undefined },
      { label: t('cite.bibtex'), value: citation.bibtex, rows: 8, lang: undefined },
    ],
  };
}
