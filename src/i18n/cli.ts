/**
 * What the staff commands (`npm run import`, `npm run new`) say, in Vietnamese (first) and English:
 * their own errors and the words of the import report. Content problems have their own table
 * (./problems.ts); `docs/staff-guide.md` explains each error code.
 */
import type { Table } from './lang.ts';

/** Help and messages of the commands themselves. */
export const CLI_TEXT = {
  'new-usage': {
    vi: `Cách dùng: npm run new -- decision|story|movement|authority|place|award [--tham-số giá-trị …]
  decision:  --number --date --authority --reason --year --signer [--signer-title] [--award --recipient (nhiều lần)]
             [--source-kind gazette|scan|register|newspaper|portal --source-title --source-url --source-date --source-checked yes|no]
             [--kind --place --occupation --movement --occasion --slug]
             --signer unknown khi nguồn không ghi người ký; --date 2014-09 hoặc 2014 khi chỉ biết tháng hoặc năm.
             Không có --recipient: quyết định chưa có người, nhập danh sách sau bằng npm run import -- danh-sach.xlsx --decision TỆP.
  story:     --title --summary [--date --honoree --decision --place --movement --image --image-alt --author --slug]
  movement:  --title --launched-by --summary [--title-en --from --to --slug]
  authority: --name --name-en --short-name --level [--place --valid-from --valid-to --id]
  place:     --name --kind [--parent --code --valid-from --valid-to --note --id]
  award:     --name --name-en --category --level --recipient-kinds --precedence --conferred-by
             [--conferral --basis --valid-from --valid-to --note --id]
Thiếu tham số bắt buộc thì lệnh hỏi từng mục (trong cửa sổ dòng lệnh). Thêm --content THƯ-MỤC, --lang en nếu cần.`,
    en: `Usage: npm run new -- decision|story|movement|authority|place|award [--flag value …]
  decision:  --number --date --authority --reason --year --signer [--signer-title] [--award --recipient (repeatable)]
             [--source-kind gazette|scan|register|newspaper|portal --source-title --source-url --source-date --source-checked yes|no]
             [--kind --place --occupation --movement --occasion --slug]
             --signer unknown when the source names no signer; --date 2014-09 or 2014 when only the month or year is known.
             Without --recipient the decision has no one yet: import the list later with npm run import -- list.xlsx --decision FILE.
  story:     --title --summary [--date --honoree --decision --place --movement --image --image-alt --author --slug]
  movement:  --title --launched-by --summary [--title-en --from --to --slug]
  authority: --name --name-en --short-name --level [--place --valid-from --valid-to --id]
  place:     --name --kind [--parent --code --valid-from --valid-to --note --id]
  award:     --name --name-en --category --level --recipient-kinds --precedence --conferred-by
             [--conferral --basis --valid-from --valid-to --note --id]
Missing required fields are asked for in a terminal. Add --content DIR, --lang en if needed.`,
  },
  'new-wrote': { vi: 'Đã tạo {file}. Mở tệp để viết nội dung, rồi chạy npm run check.', en: 'Created {file}. Open it to write the text, then run npm run check.' },
  'new-draft': {
    vi: 'Đã tạo {file}, chưa có người được khen. Nhập danh sách: npm run import -- danh-sach.xlsx --decision {file}',
    en: 'Created {file}, with no recipients yet. Import the list: npm run import -- list.xlsx --decision {file}',
  },
  'new-refused': { vi: 'Chưa ghi gì.', en: 'Nothing was written.' },
  'new-added': { vi: 'Đã thêm "{id}" vào cuối {file}:', en: 'Added "{id}" at the end of {file}:' },
  'import-usage': {
    vi: `Cách dùng:
  npm run import -- danh-sach.xlsx --decision content/decisions/2017/1399-qd-ubnd-….md [--write]
  npm run import -- danh-sach.xlsx --number "1234/QĐ-UBND" --date 2017-08-10 --authority "UBND tỉnh" \\
      --reason "Đã hoàn thành tốt nhiệm vụ" --year 2016 --signer "Hoàng Văn Minh" --signer-title "KT. Chủ tịch – Phó Chủ tịch" [--write]
Hình thức khen thưởng của từng dòng lấy từ cột "Hình thức khen thưởng" hoặc dòng tiêu đề nhóm ("A. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT");
  --award chỉ dùng cho dòng bảng tính không ghi hình thức. Nhiều hình thức thì quyết định được ghi theo từng dòng khen thưởng (lines).
Tùy chọn: --award, --sheet "tên trang", --kind individual|collective|household, --place xã, --occupation nhóm,
  --movement, --occasion, --slug, --signer unknown, --date 2014-09, --source-kind …, --content THƯ-MỤC, --lang en.
Không có --write thì chỉ chạy thử.`,
    en: `Usage:
  npm run import -- list.xlsx --decision content/decisions/2017/1399-qd-ubnd-….md [--write]
  npm run import -- list.xlsx --number "1234/QĐ-UBND" --date 2017-08-10 --authority "UBND tỉnh" \\
      --reason "…" --year 2016 --signer "…" --signer-title "…" [--write]
Each row's award form comes from an award column or an award group row ("A. HUÂN CHƯƠNG LAO ĐỘNG HẠNG NHẤT");
  --award only fills rows whose sheet names none. With several forms the decision is written with award lines.
Options: --award, --sheet NAME, --kind individual|collective|household, --place COMMUNE, --occupation GROUP,
  --movement, --occasion, --slug, --signer unknown, --date 2014-09, --source-kind …, --content DIR, --lang en.
Without --write it is a dry run.`,
  },
} as const satisfies Table;

/** Errors that stop a command before anything is written. */
export const CLI_ERRORS = {
  'no-input': {
    vi: 'chưa chỉ tệp danh sách nào. Ví dụ: npm run import -- danh-sach.xlsx --decision …',
    en: 'no list file given. Example: npm run import -- list.xlsx --decision …',
  },
  'file-not-found': { vi: 'không tìm thấy tệp "{file}"', en: 'the file "{file}" does not exist' },
  'file-too-large': {
    vi: 'tệp "{file}" quá lớn ({size} MB, tối đa {limit} MB): tách danh sách thành nhiều tệp',
    en: 'the file "{file}" is too large ({size} MB, at most {limit} MB): split the list into several files',
  },
  'unsupported-format': {
    vi: 'không đọc được tệp "{file}" ({format}): trong Excel chọn Tệp › Lưu thành › "Sổ làm việc Excel (.xlsx)" hoặc "CSV UTF-8"',
    en: 'cannot read "{file}" ({format}): in Excel choose File › Save As › "Excel Workbook (.xlsx)" or "CSV UTF-8"',
  },
  'not-xlsx': {
    vi: 'tệp "{file}" không phải tệp Excel .xlsx hợp lệ ({detail}): mở bằng Excel và lưu lại thành .xlsx',
    en: 'the file "{file}" is not a valid .xlsx workbook ({detail}): open it in Excel and save it again as .xlsx',
  },
  'unpacked-too-large': {
    vi: 'tệp "{file}" khi giải nén lớn hơn {limit} MB: không đọc để bảo vệ máy; lưu lại danh sách trong một tệp mới',
    en: 'the file "{file}" unpacks to more than {limit} MB: not read, to protect the computer; save the list in a new file',
  },
  'not-utf8': {
    vi: 'tệp "{file}" không dùng bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi: trong Excel chọn Lưu thành › "CSV UTF-8 (Comma delimited)"',
    en: 'the file "{file}" is not UTF-8, so Vietnamese letters would be garbled: in Excel choose Save As › "CSV UTF-8 (Comma delimited)"',
  },
  'empty-file': { vi: 'tệp "{file}" trống', en: 'the file "{file}" is empty' },
  'csv-syntax': {
    vi: 'tệp "{file}" viết sai ở dòng {line}: {detail}; thường do thiếu dấu ngoặc kép đóng',
    en: 'the file "{file}" is malformed on line {line}: {detail}; usually a closing quote is missing',
  },
  'sheet-not-found': {
    vi: 'tệp "{file}" không có trang "{sheet}"; các trang: {sheets}',
    en: 'the workbook "{file}" has no sheet "{sheet}"; its sheets: {sheets}',
  },
  'several-lists': {
    vi: 'tệp "{file}" có nhiều trang chứa danh sách ({sheets}): chọn một trang bằng --sheet "tên trang"',
    en: 'the workbook "{file}" has several sheets with a list ({sheets}): choose one with --sheet "sheet name"',
  },
  'no-header': {
    vi: 'không tìm thấy dòng tiêu đề trong {rows} dòng đầu của {where}: cần một cột "Họ và tên" (hoặc "Tên tập thể", "Name")',
    en: 'no heading row in the first {rows} rows of {where}: a column "Họ và tên" (or "Tên tập thể", "Name") is needed',
  },
  'decision-not-found': {
    vi: 'không tìm thấy quyết định "{value}": ghi đường dẫn tệp .md hoặc mã như 2017/1399-qd-ubnd-lao-dong-tien-tien-nam-hoc-2016-2017',
    en: 'no decision "{value}": give the path of its .md file or its id, e.g. 2017/1399-qd-ubnd-lao-dong-tien-tien-nam-hoc-2016-2017',
  },
  'decision-unreadable': {
    vi: 'quyết định "{file}" đang có lỗi nên chưa thêm được người: chạy npm run check, sửa lỗi rồi nhập lại',
    en: 'the decision "{file}" has errors, so no one can be added yet: run npm run check, fix them, then import again',
  },
  'cannot-append': {
    vi: 'không thêm được vào "{file}": {detail}; danh sách recipients phải viết mỗi người một mục "- kind: …"',
    en: 'cannot append to "{file}": {detail}; recipients must be written one "- kind: …" item each',
  },
  'missing-options': {
    vi: 'thiếu thông tin: {flags}. Thêm các tham số này (hoặc chạy trong cửa sổ dòng lệnh để được hỏi từng mục)',
    en: 'missing: {flags}. Add these options (or run in a terminal to be asked for each)',
  },
  'conflicting-options': {
    vi: 'không dùng cùng lúc {flags}: quyết định đã có các trường này',
    en: 'do not use {flags} together: the decision already has these fields',
  },
  'bad-option': { vi: 'giá trị "{value}" của {flag} không hợp lệ: cần {expected}', en: 'the value "{value}" of {flag} is not valid: expected {expected}' },
  'unknown-option': { vi: '{detail}', en: '{detail}' },
  'file-exists': {
    vi: 'tệp "{file}" đã có: lệnh không ghi đè. Để thêm người vào quyết định này dùng --decision {file}; nếu là quyết định khác, đổi --slug',
    en: 'the file "{file}" already exists and is never overwritten. To add people to that decision use --decision {file}; if it is another decision, change --slug',
  },
  'nothing-to-write': {
    vi: 'không có dòng nào để ghi: xem các dòng bị báo ở trên',
    en: 'there is no row to write: see the rows reported above',
  },
  'image-not-found': { vi: 'không tìm thấy ảnh "{file}"', en: 'the image "{file}" does not exist' },
  'write-failed': {
    vi: 'không ghi được tệp "{file}" ({detail}); tệp cũ vẫn nguyên như trước, không có gì bị ghi dở: giải phóng chỗ trống hoặc nhờ quản trị, rồi chạy lại',
    en: 'could not write "{file}" ({detail}); the existing file is unchanged and nothing was half written: free some space or ask the administrator, then run again',
  },
  'award-rows': {
    vi: 'không nhập: {count} dòng có hình thức khen thưởng chưa rõ. Sửa bảng tính, hoặc thêm hình thức còn thiếu bằng npm run new -- award, rồi nhập lại:',
    en: 'not imported: {count} rows have an award form that cannot be decided. Fix the sheet, or add the missing form with npm run new -- award, then import again:',
  },
  'unknown-entry': {
    vi: 'không tìm thấy {what} "{value}" trong {where}{suggestion}; thêm bằng npm run new -- {command}',
    en: 'no {what} "{value}" in {where}{suggestion}; add it with npm run new -- {command}',
  },
  'id-taken': {
    vi: 'mã "{id}" đã có trong {file}: chọn mã khác bằng --id',
    en: 'the id "{id}" is already in {file}: choose another with --id',
  },
  'invalid-catalogue-entry': {
    vi: 'chưa ghi vào {file} vì mục mới còn lỗi:',
    en: 'nothing was added to {file} because the new entry has problems:',
  },
  'catalogue-unreadable': {
    vi: 'không thêm được vào {file}: {detail}; tệp phải là một danh sách, mỗi mục bắt đầu bằng "- id: …"',
    en: 'cannot add to {file}: {detail}; the file must be a list, each entry starting with "- id: …"',
  },
  'invalid-entry': {
    vi: 'tệp chưa được ghi vì nội dung còn lỗi (xem trên)',
    en: 'nothing was written because the entry has problems (see above)',
  },
} as const satisfies Table;

/** Lines under an error that lists several things (the rows `award-rows` names, the fields of a refused entry). */
export const CLI_ITEMS = {
  'unknown-award': {
    vi: 'dòng {row}: "{value}" (ghi ở dòng {at}) không có trong awards.yaml; gần nhất: {suggestions}',
    en: 'row {row}: "{value}" (written on row {at}) is not in awards.yaml; nearest: {suggestions}',
  },
  'award-contradicts-flag': {
    vi: 'dòng {row}: bảng tính ghi "{value}" (dòng {at}, tức {id}) nhưng --award là {flag}; bỏ --award hoặc sửa bảng tính',
    en: 'row {row}: the sheet says "{value}" (row {at}, i.e. {id}) but --award is {flag}; drop --award or fix the sheet',
  },
  'no-award': {
    vi: 'dòng {row} ({name}): bảng tính không ghi hình thức khen thưởng; thêm cột "Hình thức khen thưởng", dòng tiêu đề nhóm, hoặc --award',
    en: 'row {row} ({name}): the sheet names no award form; add an "Hình thức khen thưởng" column, an award group row, or --award',
  },
  'entry-field': { vi: '{field}: {message}', en: '{field}: {message}' },
} as const satisfies Table;

/** Why a row of the list is not written. Every row that is not written gets one of these. */
export const ROW_REASONS = {
  blank: { vi: 'dòng trống', en: 'blank row' },
  numbering: { vi: 'dòng đánh số cột (1), (2), …', en: 'column numbering row (1), (2), …' },
  section: { vi: 'dòng tiêu đề nhóm "{value}"', en: 'group heading "{value}"' },
  total: { vi: 'dòng tổng cộng "{value}"', en: 'total row "{value}"' },
  footer: { vi: 'dòng ký tên / ghi chú cuối bảng "{value}", không phải tên người', en: 'signature or footnote "{value}", not a name' },
  duplicate: { vi: 'trùng với dòng {other} ({name})', en: 'same as row {other} ({name})' },
  'already-listed': {
    vi: 'đã có trong quyết định (người thứ {other}: {name})',
    en: 'already in the decision (recipient {other}: {name})',
  },
  'no-name': { vi: 'không đọc được: thiếu họ tên (các ô khác: {value})', en: 'unreadable: no name (other cells: {value})' },
  'bad-kind': {
    vi: 'không đọc được: loại "{value}" không rõ; ghi "Cá nhân", "Tập thể" hoặc "Hộ gia đình"',
    en: 'unreadable: unknown kind "{value}"; write "Cá nhân", "Tập thể" or "Hộ gia đình"',
  },
  'unknown-commune': {
    vi: 'không đọc được: không có xã "{value}" vào ngày {date} trong places.yaml{suggestion}',
    en: 'unreadable: no commune "{value}" on {date} in places.yaml{suggestion}',
  },
  'ambiguous-commune': {
    vi: 'không đọc được: "{value}" có thể là {ids}; ghi rõ tên hoặc mã xã',
    en: 'unreadable: "{value}" could be {ids}; write the commune in full or its id',
  },
  'personal-data': {
    vi: 'không đọc được: cột {column} có {kind} ("{value}"); cổng không đăng thông tin này, xóa đi rồi nhập lại',
    en: 'unreadable: column {column} holds {kind} ("{value}"); the portal does not publish it, remove it and import again',
  },
  'not-text': {
    vi: 'không nhập: ô {column} có "{value}", là công thức hoặc mã máy tính chứ không phải chữ; gõ lại nội dung thật vào ô (không bắt đầu bằng =, +, @ và không có <…>)',
    en: 'not imported: cell {column} holds "{value}", a formula or code rather than text; type the real text in the cell (not starting with =, + or @, and without <…>)',
  },
  'legacy-encoding': {
    vi: 'không nhập: ô {column} có "{value}", chữ gõ bằng bảng mã cũ {encoding} (phông .VnTime, VNI-Times…); chuyển bảng tính sang Unicode bằng "Công cụ chuyển mã" của Unikey (Ctrl+Shift+F6, nguồn {encoding}, đích Unicode) rồi nhập lại',
    en: 'not imported: cell {column} holds "{value}", typed in the legacy {encoding} encoding (.VnTime, VNI-Times… fonts); convert the sheet to Unicode with Unikey\'s converter ("Công cụ chuyển mã", Ctrl+Shift+F6, source {encoding}, target Unicode) and import again',
  },
} as const satisfies Table;

/** Notes on rows that are written: what the import changed or guessed, so staff can check it. */
export const ROW_NOTES = {
  'kind-from-name': { vi: 'loại "{value}" đoán từ tên: kiểm tra lại', en: 'kind "{value}" guessed from the name: check it' },
  'unknown-occupation': {
    vi: 'thành phần "{value}" không có trong danh mục, bỏ trống; danh mục: {allowed}',
    en: 'occupation "{value}" is not in the list, left empty; the list: {allowed}',
  },
  'same-name-listed': {
    vi: 'cùng tên với người thứ {other} đã có trong quyết định nhưng khác đơn vị/xã: kiểm tra có phải hai người',
    en: 'same name as recipient {other} already in the decision, with another unit/commune: check they are two people',
  },
  'same-name': { vi: 'cùng tên với dòng {other} nhưng khác đơn vị/xã: kiểm tra có phải hai người', en: 'same name as row {other} with another unit/commune: check they are two people' },
  'formula-cell': {
    vi: 'ô {cell} là công thức ({formula}): đã lấy giá trị Excel lưu sẵn "{value}"; kiểm tra đúng là chữ cần đăng, tốt nhất dán thành giá trị (Dán đặc biệt › Giá trị)',
    en: 'cell {cell} is a formula ({formula}): its value saved by Excel, "{value}", was used; check it is the text to publish, better paste it as a value (Paste Special › Values)',
  },
  'repaired-characters': {
    vi: 'đã sửa ký tự ẩn hoặc chữ khác bảng chữ cái ({codes}) ở ô {column}, thành "{value}"; nên sửa cả trong bảng tính gốc',
    en: 'repaired hidden or look-alike characters ({codes}) in cell {column}, now "{value}"; fix the original sheet too',
  },
} as const satisfies Table;

export type CliErrorCode = keyof typeof CLI_ERRORS;
export type CliItemCode = keyof typeof CLI_ITEMS;
export type RowReason = keyof typeof ROW_REASONS;
export type RowNoteCode = keyof typeof ROW_NOTES;
