/**
 * Interface strings, Vietnamese first. Every visible word of the interface comes from here through
 * `t()`, so the English interface is the same pages with the other column.
 */
import type { Lang } from '../lib/urls.ts';

const UI = {
  'site.name': { vi: 'Cổng thông tin thi đua – khen thưởng', en: 'Emulation and Commendation Portal' },
  'site.publisher': { vi: 'Hội đồng Thi đua – Khen thưởng huyện Lộc Bình', en: 'Lộc Bình District Emulation and Commendation Council' },
  'site.tagline': { vi: 'Công khai các quyết định khen thưởng và gương điển hình tiên tiến', en: 'Award decisions and exemplary stories, published openly' },
  'nav.skip': { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  'nav.main': { vi: 'Điều hướng chính', en: 'Main navigation' },
  'nav.home': { vi: 'Trang chủ', en: 'Home' },
  'nav.decisions': { vi: 'Quyết định', en: 'Decisions' },
  'nav.about': { vi: 'Giới thiệu', en: 'About' },
  'nav.otherLang': { vi: 'English', en: 'Tiếng Việt' },
  'home.latest': { vi: 'Quyết định mới nhất', en: 'Latest decisions' },
  'home.figures': { vi: 'Số liệu năm {year}', en: 'Figures for {year}' },
  'home.allDecisions': { vi: 'Xem tất cả quyết định', en: 'See all decisions' },
  'decisions.title': { vi: 'Các quyết định khen thưởng', en: 'Award decisions' },
  'decisions.page': { vi: 'Trang {n}/{total}', en: 'Page {n} of {total}' },
  'pager.label': { vi: 'Phân trang', en: 'Pagination' },
  'pager.prev': { vi: 'Trang trước', en: 'Previous page' },
  'pager.next': { vi: 'Trang sau', en: 'Next page' },
  'decision.number': { vi: 'Số', en: 'Number' },
  'decision.date': { vi: 'Ngày ký', en: 'Signed' },
  'decision.authority': { vi: 'Cơ quan ban hành', en: 'Issued by' },
  'decision.signer': { vi: 'Người ký', en: 'Signed by' },
  'decision.award': { vi: 'Hình thức', en: 'Award' },
  'decision.reason': { vi: 'Thành tích', en: 'Achievement' },
  'decision.period': { vi: 'Năm thành tích', en: 'Year of achievement' },
  'decision.movement': { vi: 'Phong trào', en: 'Movement' },
  'decision.occasion': { vi: 'Dịp', en: 'Occasion' },
  'decision.attachment': { vi: 'Bản quét văn bản', en: 'Scanned document' },
  'decision.recipients': { vi: 'Danh sách được khen thưởng ({n})', en: 'Recipients ({n})' },
  'decision.illustrative': {
    vi: 'Dữ liệu mẫu: số quyết định, người ký và tên người (trừ những người được báo chí nêu tên) là minh họa.',
    en: 'Sample data: the decision number, signer and names (except those named in the press) are illustrative.',
  },
  'decision.correctedBy': { vi: 'Quyết định này đã được đính chính bởi', en: 'This decision was corrected by' },
  'decision.revokedBy': { vi: 'Quyết định này đã bị thu hồi bởi', en: 'This decision was revoked by' },
  'decision.corrects': { vi: 'Quyết định này đính chính', en: 'This decision corrects' },
  'decision.revokes': { vi: 'Quyết định này thu hồi', en: 'This decision revokes' },
  'table.no': { vi: 'STT', en: 'No.' },
  'table.name': { vi: 'Họ và tên / Tên tập thể', en: 'Name' },
  'table.role': { vi: 'Chức vụ', en: 'Role' },
  'table.unit': { vi: 'Đơn vị, địa chỉ', en: 'Unit or address' },
  'table.place': { vi: 'Xã, thị trấn', en: 'Commune' },
  'table.kind': { vi: 'Đối tượng', en: 'Kind' },
  'table.recipients': { vi: 'Số lượt', en: 'Recipients' },
  'notFound.title': { vi: 'Không tìm thấy trang', en: 'Page not found' },
  'notFound.body': { vi: 'Trang bạn tìm không có hoặc đã được chuyển đi.', en: 'The page you are looking for does not exist or has moved.' },
  'about.title': { vi: 'Giới thiệu cổng thông tin', en: 'About this portal' },
  'footer.principles': { vi: 'Chính xác, kịp thời, công khai, dân chủ.', en: 'Accurate, timely, public, democratic.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI;

/** The string for `key` in `lang`, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Numbers the way each language writes them: 1.234 in Vietnamese, 1,234 in English. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}
