/** The changes page's list (src/components/ChangeList.astro): each change as the words and links it prints. */
import type { Change } from '../model/changes.ts';
import { decisionTitleParts } from '../model/decision-title.ts';
import type { Portal, RowCorrection } from '../model/portal.ts';
import { authorityShortName } from '../i18n/catalogue.ts';
import { CHANGE_KIND_LABELS, CORRECTABLE_FIELD_LABELS, DECISION_STATUS_LABELS, type ChangeKind } from '../schemas/vocab.ts';
import type { PageContext } from '../site/page-context.ts';
import { correctedByText, correctedValue } from './decision.ts';

/** One row a correction set right: "dòng 4 (Nông Thiện Lan): họ tên “Nông Thiên Lan” → “Nông Thiện Lan”", linked to the row. */
export interface CorrectedRow {
  row: number;
  href: string;
  /** The row's name as it reads now. */
  name: string;
  field: string;
  /** The value before and after, as words; "(trống)" for an empty field. */
  from: string;
  to: string;
}

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
    /** The rows a correction names (`corrections:`), in file order; none for a revocation or a correction that names none. */
    rows: CorrectedRow[];
  }[];
}

const WORDS = {
  correction: { verb: 'decision.corrects', banner: 'decision.correctedBy' },
  revocation: { verb: 'decision.revokes', banner: 'decision.revokedBy' },
} as const;

export function changeItems(changes: readonly Change[], portal: Pick<Portal, 'places'>, ctx: PageContext): ChangeItem[] {
  const { lang, t, urls, formatDate } = ctx;
  const value = (field: RowCorrection['field'], v: string | undefined) => correctedValue(field, v, portal, lang) ?? t('changes.empty');
  return changes.map(({ kind, by, targets }) => ({
    kind,
    byId: by.id,
    date: by.data.date,
    dateText: formatDate(by.data.date),
    label: CHANGE_KIND_LABELS[kind][lang],
    by: { href: urls.decision(by.id), name: t('decision.name', { number: by.data.number }), authority: authorityShortName(by.authority, lang) },
    verb: t(WORDS[kind].verb),
    targets: targets.map(({ decision, status }) => {
      const title = decisionTitleParts(decision, lang, { dated: true });
      return {
        href: urls.decision(decision.id),
        name: title.name,
        rest: `${title.date} ${title.subject}`,
        status: DECISION_STATUS_LABELS[status][lang],
        banner: `«${kind === 'correction' ? correctedByText(decision, by.id, ctx) : t(WORDS[kind].banner)} ${by.data.number}.»`,
        rows:
          kind === 'correction'
            ? decision.rows.flatMap((r) =>
                r.corrections
                  .filter((c) => c.by.id === by.id)
                  .map((c) => ({ row: r.row, href: urls.recipient(decision.id, r.row), name: r.recipient.name, field: CORRECTABLE_FIELD_LABELS[c.field][lang], from: value(c.field, c.from), to: value(c.field, c.to) })),
              )
            : [],
      };
    }),
  }));
}
