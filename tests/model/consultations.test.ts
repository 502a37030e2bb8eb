import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consultationList } from '../../src/model/consultations.ts';
import { formatProblem } from '../../src/validate/problems.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import type { Consultation } from '../../src/schemas/consultation.ts';
import { SAMPLE_CONTENT, copyContent } from '../helpers.ts';

const TODAY = '2026-11-25';
const FILE = 'consultations/2017-huan-chuong-lao-dong-hang-ba-xa-yen-khoai.md';

/** Validates a copy of the sample whose consultation went through `edit`, returning the messages. */
function problemsAfter(edit: (text: string) => string): string[] {
  const dir = copyContent();
  const path = join(dir, FILE);
  const text = readFileSync(path, 'utf8');
  const next = edit(text);
  if (next === text) throw new Error('nothing changed');
  writeFileSync(path, next);
  return validateFolder(dir, TODAY).problems.map((p) => formatProblem(p).replace(/^portal-content-\w+\//, ''));
}

describe('the sample consultation', () => {
  it('is valid and read', () => {
    const { problems, content } = validateFolder(SAMPLE_CONTENT, TODAY);
    expect(problems).toEqual([]);
    expect(content.consultations.map((c) => [c.id, c.data.award, c.data.publishedOn, c.data.closesOn, c.data.decision])).toEqual([
      ['2017-huan-chuong-lao-dong-hang-ba-xa-yen-khoai', 'huan-chuong-lao-dong-hang-ba', '2017-09-04', '2017-09-18', undefined],
    ]);
  });
});

describe('consultation rules', () => {
  it('at least 10 working days after publication, naming the earliest closing date', () => {
    expect(problemsAfter((t) => t.replace('closesOn: 2017-09-18', 'closesOn: 2017-09-15'))).toEqual([
      `${FILE} › closesOn › thời gian lấy ý kiến từ 2017-09-04 đến 2017-09-15 chỉ có 9 ngày làm việc › cần ít nhất 10 ngày làm việc, tính từ ngày sau ngày đăng, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ (Nghị định 98/2023, Điều 46; Nghị định 152/2025, Điều 60): hạn sớm nhất là 2017-09-18`,
    ]);
  });

  it('a closing date before publication is a period of no days', () => {
    expect(problemsAfter((t) => t.replace('closesOn: 2017-09-18', 'closesOn: 2017-08-18'))[0]).toContain('chỉ có 0 ngày làm việc');
  });

  it('only national awards are put to public comment', () => {
    expect(problemsAfter((t) => t.replace('award: huan-chuong-lao-dong-hang-ba', 'award: bang-khen-chu-tich-ubnd-tinh'))).toEqual([
      `${FILE} › award › "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh" là khen thưởng cấp Bộ, ngành, tỉnh, không thuộc diện lấy ý kiến nhân dân › chỉ đăng lấy ý kiến cho khen thưởng cấp Nhà nước (huân chương, danh hiệu vinh dự nhà nước, Chiến sĩ thi đua toàn quốc); kiểm tra mã hình thức khen thưởng`,
    ]);
  });

  it('the award must suit the nominee', () => {
    expect(problemsAfter((t) => t.replace('award: huan-chuong-lao-dong-hang-ba', 'award: chien-si-thi-dua-toan-quoc'))).toEqual([
      `${FILE} › nominee.kind › "Chiến sĩ thi đua toàn quốc" không trao cho tập thể › hình thức này chỉ trao cho: cá nhân; sửa loại đối tượng hoặc hình thức khen thưởng`,
    ]);
  });

  it('the decision must exist and be signed after the period closed', () => {
    expect(problemsAfter((t) => t.replace('illustrative: true', 'illustrative: true\ndecision: 2017/1511-qd-ubnd-bang-khen-day-tot-hoc-tot'))).toEqual([
      `${FILE} › decision › quyết định 2017/1511-qd-ubnd-bang-khen-day-tot-hoc-tot ký ngày 2017-08-15, chưa hết hạn lấy ý kiến (2017-09-18) › quyết định khen thưởng phải ký sau ngày hết hạn lấy ý kiến: kiểm tra mã quyết định hoặc các ngày`,
    ]);
    expect(problemsAfter((t) => t.replace('illustrative: true', 'illustrative: true\ndecision: 2017/9999-qd-khong-co'))).toEqual([
      `${FILE} › decision › không tìm thấy decision "2017/9999-qd-khong-co" › dùng mã có trong content/decisions/`,
    ]);
    expect(problemsAfter((t) => t.replace('illustrative: true', 'illustrative: true\ndecision: 2017/1820-qd-ubnd-bang-khen-nong-thon-moi'))).toEqual([]);
  });

  it('the proposing authority must exist', () => {
    expect(problemsAfter((t) => t.replace('proposedBy: ubnd-huyen-loc-binh', 'proposedBy: ubnd-huyen-khong-co'))).toEqual([
      `${FILE} › proposedBy › không tìm thấy authority "ubnd-huyen-khong-co" › dùng mã có trong authorities.yaml`,
    ]);
  });
});

describe('personal data in a consultation', () => {
  it("the office's contact details are published as they are: e-mail and phone numbers included", () => {
    expect(problemsAfter((t) => t.replace('phone: "0205 3840 123"', 'phone: "0912 345 678"'))).toEqual([]);
  });

  it('anywhere else, an e-mail address or a phone number is flagged as usual', () => {
    expect(problemsAfter((t) => t.replace('kind: collective', 'kind: collective\n  unit: "liên hệ 0912 345 678"'))).toEqual([
      `${FILE} › nominee.unit › nội dung "0912 345 678" trông giống số điện thoại › xóa thông tin này: cổng không đăng số điện thoại (Luật Bảo vệ dữ liệu cá nhân)`,
    ]);
    expect(problemsAfter((t) => t.replace('trong thời hạn lấy ý kiến.', 'trong thời hạn lấy ý kiến, hoặc gửi cho ông Hoàng qua hoang.van.a@gmail.com.'))).toEqual([
      `${FILE} › (nội dung / body) › nội dung "hoang.van.a@gmail.com" trông giống địa chỉ e-mail › xóa thông tin này: cổng không đăng địa chỉ e-mail (Luật Bảo vệ dữ liệu cá nhân)`,
    ]);
  });

  it('a malformed office e-mail is a format error, with an example', () => {
    expect(problemsAfter((t) => t.replace('email: "thiduakhenthuong@locbinh.example.gov.vn"', 'email: "thiduakhenthuong at locbinh"'))).toEqual([
      `${FILE} › contact.email › giá trị "thiduakhenthuong at locbinh" sai định dạng › cần địa chỉ e-mail của cơ quan / the office e-mail, e.g. "noivu@locbinh.example.gov.vn"`,
    ]);
  });
});

describe('the list of consultations', () => {
  const base: Consultation = {
    title: 'x',
    nominee: { name: 'A', kind: 'individual' },
    award: 'huan-chuong-lao-dong-hang-ba',
    proposedBy: 'ubnd-huyen-loc-binh',
    publishedOn: '2024-03-01',
    closesOn: '2024-03-15',
    contact: { office: 'Phòng Nội vụ' },
  };
  const entry = (id: string, data: Partial<Consultation>) => ({ id, data: { ...base, ...data } });
  const list = [
    entry('closed-long-ago', { publishedOn: '2023-01-03', closesOn: '2023-01-17' }),
    entry('open-later', { publishedOn: '2024-03-01', closesOn: '2024-03-29' }),
    entry('open-soon', { publishedOn: '2024-03-01', closesOn: '2024-03-15' }),
    entry('decided', { publishedOn: '2024-03-01', closesOn: '2024-03-15', decision: '2024/1' }),
    entry('closed-recently', { publishedOn: '2024-02-01', closesOn: '2024-03-01' }),
  ];

  it('puts open ones first, closing soonest first, then closed ones, most recent first', () => {
    const items = consultationList(list, '2024-03-10');
    expect(items.map((i) => [i.entry.id, i.open])).toEqual([
      ['open-soon', true],
      ['open-later', true],
      ['decided', false],
      ['closed-recently', false],
      ['closed-long-ago', false],
    ]);
  });

  it('counts each period in working days', () => {
    expect(consultationList([list[2]!], '2024-03-10')[0]!.days).toBe(10);
  });

  it('keeps a consultation open through its closing day', () => {
    expect(consultationList([list[2]!], '2024-03-15')[0]!.open).toBe(true);
    expect(consultationList([list[2]!], '2024-03-16')[0]!.open).toBe(false);
  });
});
