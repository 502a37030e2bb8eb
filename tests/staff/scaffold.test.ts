import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/validate/content-files.ts';
import { formatProblem } from '../../src/validate/problems.ts';
import {
  ENTRY_FLAGS,
  askMissing,
  checkDraft,
  completeValues,
  draftDecision,
  draftEntry,
  isoDateInput,
  missingFlags,
  renderEntry,
  resolveId,
  shortSlug,
  writeDraft,
} from '../../src/staff/scaffold.ts';
import { validateFolder } from '../../src/validate/validate.ts';
import { ROOT, SAMPLE_CONTENT, copyContent } from '../helpers.ts';

const TODAY = '2026-11-25';
const DECISION = {
  number: '1650/QĐ-UBND',
  date: '15/9/2017',
  authority: 'UBND huyện Lộc Bình',
  award: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
  reason: 'Đã có thành tích trong phong trào xây dựng nông thôn mới năm 2017',
  year: '2017',
  signer: 'Hoàng Văn Minh',
  'signer-title': 'KT. Chủ tịch – Phó Chủ tịch',
  recipient: ['Trường Tiểu học xã Nam Quan', 'LĂNG VĂN TÍNH'],
  place: 'Nam Quan',
};

const sample = () => readContent(SAMPLE_CONTENT).content;

describe('answers staff type become ids and dates', () => {
  it('ids from names, with or without tone marks', () => {
    const content = sample();
    expect(resolveId(content, 'authorities', 'UBND huyện Lộc Bình')).toBe('ubnd-huyen-loc-binh');
    expect(resolveId(content, 'awards', 'lao dong tien tien')).toBe('lao-dong-tien-tien');
    expect(resolveId(content, 'movements', 'day-tot-hoc-tot')).toBe('day-tot-hoc-tot');
    expect(resolveId(content, 'awards', 'Bằng khen')).toBe('bang-khen');
  });

  it('dates written the Vietnamese way, and file-name slugs', () => {
    expect(isoDateInput('10/8/2017')).toBe('2017-08-10');
    expect(isoDateInput('2017-08-10')).toBe('2017-08-10');
    expect(isoDateInput('30.02.2017')).toBe('2017-02-30');
    expect(shortSlug('Ông Hoàng Văn Kháy: làm giàu từ cây hồi trên đất Như Khuê, một tấm gương sáng của huyện')).toBe(
      'ong-hoang-van-khay-lam-giau-tu-cay-hoi-tren-dat-nhu-khue-mot',
    );
  });
});

describe('a decision is drafted in the right place under the right name', () => {
  it('decisions/<year of signature>/<number>-<award>.md, kinds guessed from names, capitals tidied', () => {
    const draft = draftDecision(DECISION, sample());
    expect(draft.relPath).toBe('decisions/2017/1650-qd-ubnd-giay-khen-chu-tich-ubnd-huyen.md');
    expect(renderEntry(draft)).toBe(`---
number: 1650/QĐ-UBND
date: 2017-09-15
authority: ubnd-huyen-loc-binh
signer:
  name: Hoàng Văn Minh
  title: KT. Chủ tịch – Phó Chủ tịch
award: giay-khen-chu-tich-ubnd-huyen
reason: Đã có thành tích trong phong trào xây dựng nông thôn mới năm 2017
period:
  year: 2017
recipients:
  - kind: collective
    name: Trường Tiểu học xã Nam Quan
    place: loc-binh/xa-nam-quan
  - kind: individual
    name: Lăng Văn Tính
    place: loc-binh/xa-nam-quan
---

<!-- Trích yếu hoặc toàn văn quyết định (không bắt buộc). -->
`);
  });

  it('--slug names the file; an award given to one kind sets the kind', () => {
    const draft = draftDecision({ ...DECISION, award: 'tap-the-lao-dong-tien-tien', slug: 'Tập thể LĐTT năm 2017', recipient: ['Tổ Toán'] }, sample());
    expect(draft.relPath).toBe('decisions/2017/1650-qd-ubnd-tap-the-ldtt-nam-2017.md');
    expect(draft.data.recipients).toEqual([{ kind: 'collective', name: 'Tổ Toán', place: 'loc-binh/xa-nam-quan' }]);
  });

  it('is checked before it is written, with the validator’s messages', () => {
    const root = copyContent();
    const check = (values: typeof DECISION) => {
      const draft = draftDecision(values, readContent(root).content);
      return checkDraft(root, draft, renderEntry(draft), TODAY).map((p) => formatProblem(p).replace(/^portal-content-\w+\//, ''));
    };
    expect(check({ ...DECISION, award: 'giấy khen' })).toEqual([
      'decisions/2017/1650-qd-ubnd-giay-khen.md › award › không tìm thấy award form "giay-khen" › dùng mã có trong awards.yaml (giay-khen-chu-tich-ubnd-huyen?)',
    ]);
    expect(check({ ...DECISION, date: '31/6/2017' })).toEqual([
      'decisions/2017/1650-qd-ubnd-giay-khen-chu-tich-ubnd-huyen.md › date › ngày "2017-06-31" không có thật hoặc sai định dạng › viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-10-30, và kiểm tra ngày có trong tháng',
    ]);
    expect(existsSync(join(root, 'decisions/2017/1650-qd-ubnd-giay-khen.md'))).toBe(false);
  });
});

describe('missing answers', () => {
  it('are listed as flags', () => {
    expect(missingFlags(ENTRY_FLAGS.decision, { number: '1/QĐ', recipient: [] })).toEqual(['--date', '--authority', '--reason', '--year', '--signer', '--signer-title']);
    // An award is needed once a recipient is named; a signer the source does not name has no title.
    expect(missingFlags(ENTRY_FLAGS.decision, { number: '1/QĐ', recipient: ['Lăng Văn Tính'], signer: 'unknown' })).toEqual([
      '--date',
      '--authority',
      '--award',
      '--reason',
      '--year',
    ]);
    expect(missingFlags(ENTRY_FLAGS.movement, { title: 'A', 'launched-by': 'b', summary: 'c' })).toEqual([]);
  });

  it('are asked one at a time, a list until an empty answer', async () => {
    const answers = ['', 'Phong trào mới', 'UBND tỉnh Lạng Sơn'];
    const asked: string[] = [];
    const values = await askMissing(ENTRY_FLAGS.movement, { summary: 'Tóm tắt' }, 'vi', async (q) => {
      asked.push(q);
      return answers.shift() ?? '';
    });
    expect(values).toEqual({ summary: 'Tóm tắt', title: 'Phong trào mới', 'launched-by': 'UBND tỉnh Lạng Sơn' });
    expect(asked).toEqual(['Tên phong trào: ', 'Tên phong trào: ', 'Cơ quan phát động (mã hoặc tên trong authorities.yaml): ']);
    const names = ['', 'Nguyễn Văn A', 'Lê Thị B', ''];
    const prompts: string[] = [];
    const listSpec = [{ flag: 'recipient', label: { vi: 'Tên', en: 'Name' }, required: true, multiple: true }];
    const filled = await askMissing(listSpec, { recipient: [] }, 'en', async (q) => {
      prompts.push(q);
      return names.shift() ?? '';
    });
    expect(filled.recipient).toEqual(['Nguyễn Văn A', 'Lê Thị B']);
    expect(prompts.at(-1)).toBe('Name [3]: ');
  });
});

describe('in a terminal', () => {
  it('the missing answers are read from the keyboard', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true }) as unknown as NodeJS.ReadStream;
    const output = new PassThrough() as unknown as NodeJS.WriteStream;
    const values = completeValues(ENTRY_FLAGS.movement, { title: 'Phong trào mới' }, 'vi', input, output);
    input.write('UBND tỉnh Lạng Sơn\n');
    setTimeout(() => input.write('Tóm tắt một câu.\n'), 10);
    expect(await values).toEqual({ title: 'Phong trào mới', 'launched-by': 'UBND tỉnh Lạng Sơn', summary: 'Tóm tắt một câu.' });
  });
});

describe('stories and movements', () => {
  it('a story with its photo beside it, which validates', () => {
    const root = copyContent();
    const photo = join(mkdtempSync(join(tmpdir(), 'portal-photo-')), 'IMG_0042.JPG');
    writeFileSync(photo, 'not really a jpeg');
    const values = {
      title: 'Ông Lăng Văn Tính và vườn hồi',
      summary: 'Một nông dân thôn Bản Chu làm giàu từ cây hồi.',
      date: '2019-04-22',
      place: 'xã Như Khuê',
      movement: 'Lộc Bình cùng cả nước chung sức xây dựng nông thôn mới',
      image: photo,
      'image-alt': 'Ông Tính đứng giữa vườn hồi',
    };
    const draft = draftEntry('story', values, readContent(root).content);
    const text = renderEntry(draft);
    expect(checkDraft(root, draft, text, TODAY)).toEqual([]);
    writeDraft(root, draft, text);
    expect(readFileSync(join(root, 'stories/ong-lang-van-tinh-va-vuon-hoi.mdx'), 'utf8')).toBe(`---
title: Ông Lăng Văn Tính và vườn hồi
summary: Một nông dân thôn Bản Chu làm giàu từ cây hồi.
date: 2019-04-22
place: loc-binh/xa-nhu-khue
movement: nong-thon-moi
image: ./ong-lang-van-tinh-va-vuon-hoi.jpg
imageAlt: Ông Tính đứng giữa vườn hồi
---

{/* Viết bài ở đây. Ảnh khác: đặt tệp ảnh cạnh tệp này và chèn bằng ![mô tả ảnh](./ten-anh.jpg). */}
`);
    expect(readFileSync(join(root, 'stories/ong-lang-van-tinh-va-vuon-hoi.jpg'), 'utf8')).toBe('not really a jpeg');
    expect(validateFolder(root, TODAY).problems).toEqual([]);
  });

  it('a photo without a description is refused before anything is written', () => {
    const root = copyContent();
    const photo = join(mkdtempSync(join(tmpdir(), 'portal-photo-')), 'a.jpg');
    writeFileSync(photo, 'x');
    const draft = draftEntry('story', { title: 'Bài mới', summary: 'Tóm tắt', date: '2019-01-01', image: photo }, readContent(root).content);
    expect(checkDraft(root, draft, renderEntry(draft), TODAY).map((p) => p.code)).toEqual(['image-alt-missing']);
  });

  it('a movement', () => {
    const root = copyContent();
    const draft = draftEntry('movement', { title: 'Thi đua dạy tốt, học tốt năm 2018', 'launched-by': 'UBND huyện Lộc Bình', summary: 'Tóm tắt.', from: '5/9/2018' }, readContent(root).content);
    expect(draft.relPath).toBe('movements/thi-dua-day-tot-hoc-tot-nam-2018.md');
    expect(draft.data).toEqual({ title: 'Thi đua dạy tốt, học tốt năm 2018', launchedBy: 'ubnd-huyen-loc-binh', from: '2018-09-05', summary: 'Tóm tắt.' });
    expect(checkDraft(root, draft, renderEntry(draft), TODAY)).toEqual([]);
  });
});

describe('npm run new', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const flags = Object.entries(DECISION).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x) => [`--${k}`, x]) : [`--${k}`, v]));

  it('writes a valid decision, then refuses to overwrite it', () => {
    const root = copyContent();
    const first = run('decision', '--content', root, ...flags);
    expect(first.stdout).toMatch(/^Đã tạo portal-content-\w+\/decisions\/2017\/1650-qd-ubnd-giay-khen-chu-tich-ubnd-huyen\.md\./);
    expect(first.status).toBe(0);
    expect(validateFolder(root, TODAY).problems).toEqual([]);
    const again = run('decision', '--content', root, ...flags);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^✗ tệp "portal-content-\w+\/decisions\/2017\/1650-qd-ubnd-giay-khen-chu-tich-ubnd-huyen\.md" đã có: lệnh không ghi đè\./);
  });

  it('without a terminal, names the missing flags and writes nothing', () => {
    const root = copyContent();
    const result = run('movement', '--content', root, '--title', 'Phong trào mới');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('✗ thiếu thông tin: --launched-by, --summary. Thêm các tham số này (hoặc chạy trong cửa sổ dòng lệnh để được hỏi từng mục)');
    expect(existsSync(join(root, 'movements/phong-trao-moi.md'))).toBe(false);
  });

  it('an unknown kind of entry prints the usage', () => {
    const result = run('quyet-dinh');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Cách dùng: npm run new -- decision|story|movement');
  });
});
