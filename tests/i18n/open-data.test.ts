/** The spreadsheets' Vietnamese: a heading for every open-data column and a label for every code. */
import { describe, expect, it } from 'vitest';
import { CODE_LABELS_VI, COLUMN_HEADINGS_VI } from '../../src/i18n/open-data.ts';
import { EXPORT_COLUMNS, STATS_COLUMNS, exportRowSchema } from '../../src/schemas/export.ts';

describe('Vietnamese headings of the open data', () => {
  it('give every CSV column a heading, and no heading to a column that does not exist', () => {
    const columns = [...EXPORT_COLUMNS, ...STATS_COLUMNS];
    expect(columns.filter((c) => !COLUMN_HEADINGS_VI[c]?.trim())).toEqual([]);
    expect(Object.keys(COLUMN_HEADINGS_VI).filter((c) => !columns.includes(c as never))).toEqual([]);
    // Headings are for people: no two alike, each in Vietnamese rather than the column's code.
    expect(new Set(EXPORT_COLUMNS.map((c) => COLUMN_HEADINGS_VI[c])).size).toBe(EXPORT_COLUMNS.length);
    for (const c of EXPORT_COLUMNS) expect(COLUMN_HEADINGS_VI[c]).not.toBe(c);
  });

  it('label every code of every column whose values are codes', () => {
    const coded: string[] = [];
    for (const [column, field] of Object.entries(exportRowSchema.shape)) {
      const inner = 'unwrap' in field && typeof field.unwrap === 'function' ? field.unwrap() : field;
      const options = 'options' in inner ? (inner.options as string[]) : undefined;
      if (!options) continue;
      coded.push(column);
      const labels = CODE_LABELS_VI[column as keyof typeof CODE_LABELS_VI];
      expect(labels, column).toBeDefined();
      for (const code of options) expect(labels![code], `${column}: ${code}`).toMatch(/^\p{Lu}/u);
    }
    expect(coded).toEqual(['datePrecision', 'level', 'kind', 'occupation', 'status', 'amendment', 'rowStatus', 'sourceKind']);
    expect(CODE_LABELS_VI.kind!['individual']).toBe('Cá nhân');
    expect(CODE_LABELS_VI.level!['grassroots']).toBe('Cơ sở');
    expect(CODE_LABELS_VI.status!['in-force']).toBe('Có hiệu lực');
  });
});
