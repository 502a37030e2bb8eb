/** A correcting decision's `corrections`: each names a listed decision, a real row and the value it holds now. */
import { describe, expect, it } from 'vitest';
import { problemsAfter, replaceIn } from './edits.ts';

const FIX = 'decisions/2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016.md';
const FILE = FIX;
const ORIGINAL = '2017/36-qd-ubnd-lao-dong-tien-tien-2016';

const edit = (from: string | RegExp, to: string) => problemsAfter((dir) => replaceIn(dir, FIX, from, to));

describe('corrections', () => {
  it('must give the value the row holds now, naming file, field and both values', () => {
    expect(edit('from: "Nông Thiên Lan"', 'from: "Nông Thiên Lam"')).toEqual([
      `${FILE} › corrections[0].from › dòng 4 của ${ORIGINAL} ghi name là "Nông Thiên Lan", không phải "Nông Thiên Lam" như mục đính chính ghi ở from › chép đúng giá trị đang ghi trong ${ORIGINAL} vào from (bỏ from nếu ô đó trống), hoặc kiểm tra lại số dòng`,
    ]);
  });

  it('must name a row the decision has', () => {
    const messages = edit('row: 4', 'row: 400');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^decisions\/2017\/1735-[^ ]+ › corrections\[0\]\.row › quyết định 2017\/36-qd-ubnd-lao-dong-tien-tien-2016 không có dòng 400 \(chỉ có \d+ dòng\)/);
  });

  it('must name a decision listed in corrects', () => {
    const messages = edit(`corrects:\n  - ${ORIGINAL}\n`, 'corrects:\n  - 2017/1820-qd-ubnd-bang-khen-nong-thon-moi\n');
    expect(messages.some((m) => m.startsWith(`${FILE} › corrections[0].decision › mục đính chính nói về quyết định ${ORIGINAL}, nhưng quyết định đó không có trong corrects`))).toBe(true);
  });

  it('correct a field of a row once', () => {
    const twice = `    to: "Nông Thiện Lan"\n  - decision: ${ORIGINAL}\n    row: 4\n    field: name\n    from: "Nông Thiên Lan"\n    to: "Nông Thiện Lân"\n`;
    expect(edit('    to: "Nông Thiện Lan"\n', twice)).toEqual([
      `${FILE} › corrections[1].field › trường name ở dòng 4 của ${ORIGINAL} đã được đính chính ở quyết định 2017/1735-qd-ubnd-dinh-chinh-lao-dong-tien-tien-2016 › mỗi trường của một dòng chỉ đính chính một lần; gộp hai mục làm một`,
    ]);
  });

  it('set a coded field only to one of its codes', () => {
    const messages = edit('field: name\n    from: "Nông Thiên Lan"\n    to: "Nông Thiện Lan"', 'field: kind\n    from: individual\n    to: person');
    expect(messages).toEqual([`${FILE} › corrections[0].to › giá trị mới "person" không dùng được cho trường kind › dùng một trong: individual, collective, household`]);
  });
});
