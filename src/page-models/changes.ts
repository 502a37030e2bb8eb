/** The changes page's list (src/components/ChangeList.astro): each change as the words and links it prints. */
import type { Change } from '../model/changes.ts';
import { decisionTitleParts } from '../model/decision-title.ts';
import { CHANGE_KIND_LABELS, DECISION_STATUS_LABELS, type ChangeKind } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';

export interface ChangeItem {
  kind: ChangeKind;
  /** Id of the correcting or revoking decision. */
  byId: string;
  date: string;
  /** "ngày … – Đính chính". */
  dateText: string;
  label: string;
  by: { href: string; name: string; authority: string };
  /** "Quyết định này đính chính". */
  verb: string;
  targets: {
    href: string;
    name: string;
    /** The date and subject that follow the linked name. */
    rest: string;
    status: string;
    /** The notice the changed decision's page now carries. */
    banner: string;
  }[];
}

const WORDS = {
  correction: { verb: 'decision.corrects', banner: 'decision.correctedBy' },
  revocation: { verb: 'decision.revokes', banner: 'decision.revokedBy' },
} as const;

export function changeItems(changes: readonly Change[], { lang, t, urls, formatDate }: PageContext): ChangeItem[] {
  return changes.map(({ kind, by, targets }) => ({
    kind,
    byId: by.id,
    date: by.data.date,
    dateText: formatDate(by.data.date),
    label: CHANGE_KIND_LABELS[kind][lang],
    by: { href: urls.decision(by.id), name: t('decision.name', { number: by.data.number }), authority: by.authority.shortName },
    verb: t(WORDS[kind].verb),
    targets: targets.map(({ decision, status }) => {
      const title = decisionTitleParts(decision, lang, { dated: true });
      return {
        href: urls.decision(decision.id),
        name: title.name,
        rest: `${title.date} ${title.subject}`,
        status: DECISION_STATUS_LABELS[status][lang],
        banner: `«${t(WORDS[kind].banner)} ${by.data.number}.»`,
      };
    }),
  }));
}
