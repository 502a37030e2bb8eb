/** The counts the build and the validator print, so nobody has to guess whether anything was left out. */
import type { Lang } from '../i18n/lang.ts';
import type { ContentCounts } from './validate.ts';

export function formatCounts(c: ContentCounts, lang: Lang = 'vi'): string {
  return lang === 'vi'
    ? `Nội dung hợp lệ: ${c.decisions} quyết định, ${c.recipients} lượt khen thưởng, ${c.stories} gương điển hình, ${c.movements} phong trào, ${c.awards} hình thức khen thưởng, ${c.authorities} cơ quan, ${c.places} đơn vị hành chính.`
    : `Content is valid: ${c.decisions} decisions, ${c.recipients} recipient rows, ${c.stories} stories, ${c.movements} movements, ${c.awards} award forms, ${c.authorities} authorities, ${c.places} places.`;
}
