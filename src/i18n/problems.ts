/**
 * Every message a content problem can produce, in Vietnamese (first) and English. Staff read these,
 * so each says what is wrong and what to write instead; `docs/staff-guide.md` explains each code.
 */
import type { Lang } from './lang.ts';

interface Text {
  wrong: string;
  fix: string;
}

export const PROBLEM_MESSAGES = {
  'yaml-syntax': {
    vi: { wrong: 'phần đầu tệp (YAML) viết sai cú pháp ở dòng {line}: {detail}', fix: 'kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng đó' },
    en: { wrong: 'the front matter (YAML) has a syntax error on line {line}: {detail}', fix: 'check the colon, indentation and quotes on that line' },
  },
  'no-frontmatter': {
    vi: { wrong: 'tệp không có phần đầu (frontmatter) giữa hai dòng ---', fix: 'mở đầu tệp bằng dòng ---, các trường, rồi một dòng --- nữa' },
    en: { wrong: 'the file has no front matter between two --- lines', fix: 'start the file with ---, the fields, then another ---' },
  },
  'no-content-folder': {
    vi: { wrong: 'không tìm thấy thư mục nội dung', fix: 'chạy lệnh trong thư mục dự án, hoặc đặt PORTAL_CONTENT_DIR / --content đúng thư mục' },
    en: { wrong: 'the content folder does not exist', fix: 'run the command in the project folder, or point PORTAL_CONTENT_DIR / --content at the right folder' },
  },
  'unexpected-file': {
    vi: { wrong: 'tệp này không được đọc vì có đuôi khác', fix: 'bài trong thư mục này phải có đuôi {expected}; đổi tên tệp hoặc chuyển nó ra ngoài' },
    en: { wrong: 'this file is not read because of its extension', fix: 'entries in this folder end in {expected}; rename it or move it elsewhere' },
  },
  'bad-file-name': {
    vi: { wrong: 'tên tệp "{name}" có chữ hoa, dấu hoặc khoảng trắng', fix: 'đặt tên tệp bằng chữ thường không dấu, nối bằng gạch ngang, ví dụ "{suggestion}"' },
    en: { wrong: 'the file name "{name}" has capitals, accents or spaces', fix: 'use lowercase unaccented words joined by hyphens, e.g. "{suggestion}"' },
  },
  required: {
    vi: { wrong: 'thiếu trường bắt buộc', fix: 'thêm trường này ({expected})' },
    en: { wrong: 'a required field is missing', fix: 'add this field ({expected})' },
  },
  'wrong-type': {
    vi: { wrong: 'giá trị "{value}" không đúng kiểu', fix: 'cần {expected}' },
    en: { wrong: 'the value "{value}" has the wrong type', fix: 'expected {expected}' },
  },
  empty: {
    vi: { wrong: 'để trống', fix: 'điền nội dung hoặc bỏ hẳn trường này nếu không bắt buộc' },
    en: { wrong: 'is empty', fix: 'fill it in, or remove the field if it is optional' },
  },
  'empty-list': {
    vi: { wrong: 'danh sách trống', fix: 'cần ít nhất {minimum} mục' },
    en: { wrong: 'the list is empty', fix: 'at least {minimum} item(s) are needed' },
  },
  'out-of-range': {
    vi: { wrong: 'giá trị {value} nằm ngoài khoảng cho phép', fix: 'cần trong khoảng {minimum}–{maximum}' },
    en: { wrong: 'the value {value} is out of range', fix: 'expected between {minimum} and {maximum}' },
  },
  'not-in-list': {
    vi: { wrong: 'giá trị "{value}" không hợp lệ', fix: 'dùng một trong: {allowed}' },
    en: { wrong: 'the value "{value}" is not allowed', fix: 'use one of: {allowed}' },
  },
  'unknown-field': {
    vi: { wrong: 'trường "{key}" không có trong mẫu', fix: 'xóa trường này hoặc sửa lỗi chính tả; các trường được dùng: {allowed}' },
    en: { wrong: 'the field "{key}" is not part of the format', fix: 'remove it or fix its spelling; known fields: {allowed}' },
  },
  'personal-data-field': {
    vi: { wrong: 'trường "{key}" chứa dữ liệu cá nhân mà quyết định khen thưởng không công bố', fix: 'xóa trường này: cổng chỉ đăng họ tên, chức vụ, đơn vị, thôn/xã (Luật Bảo vệ dữ liệu cá nhân)' },
    en: { wrong: 'the field "{key}" holds personal data that award decisions do not publish', fix: 'remove it: the portal publishes only name, role, unit and village/commune (personal data protection law)' },
  },
  'personal-data-value': {
    vi: { wrong: 'nội dung "{value}" trông giống {kind}', fix: 'xóa thông tin này: cổng không đăng {kind} (Luật Bảo vệ dữ liệu cá nhân)' },
    en: { wrong: 'the text "{value}" looks like {kindEn}', fix: 'remove it: the portal does not publish {kindEn} (personal data protection law)' },
  },
  'bad-format': {
    vi: { wrong: 'giá trị "{value}" sai định dạng', fix: 'cần {expected}' },
    en: { wrong: 'the value "{value}" is not in the right format', fix: 'expected {expected}' },
  },
  'not-a-date': {
    vi: { wrong: 'ngày "{value}" không có thật hoặc sai định dạng', fix: 'viết theo dạng NĂM-THÁNG-NGÀY, ví dụ 2017-10-30, và kiểm tra ngày có trong tháng' },
    en: { wrong: 'the date "{value}" does not exist or is badly written', fix: 'write YEAR-MONTH-DAY, e.g. 2017-10-30, and check the day exists in that month' },
  },
  'future-date': {
    vi: { wrong: 'ngày {value} ở tương lai (hôm nay là {today})', fix: 'ghi ngày ký thực tế của văn bản' },
    en: { wrong: 'the date {value} is in the future (today is {today})', fix: 'write the date the document was actually signed' },
  },
  'unknown-ref': {
    vi: { wrong: 'không tìm thấy {what} "{value}"', fix: 'dùng mã có trong {where}{suggestion}' },
    en: { wrong: 'no {what} "{value}" exists', fix: 'use an id listed in {where}{suggestion}' },
  },
  'duplicate-number': {
    vi: { wrong: 'số quyết định "{value}" của {authority} năm {year} đã dùng ở {other}', fix: 'mỗi năm, một cơ quan chỉ có một quyết định mang số này: kiểm tra lại số hoặc ngày ký, hoặc gộp hai tệp' },
    en: { wrong: 'decision number "{value}" of {authority} in {year} is already used in {other}', fix: 'an authority issues each number once a year: check the number or the date, or merge the two files' },
  },
  'duplicate-id': {
    vi: { wrong: 'mã "{value}" bị trùng', fix: 'mỗi mục cần một mã riêng' },
    en: { wrong: 'the id "{value}" is used twice', fix: 'give each entry its own id' },
  },
  'kind-not-allowed': {
    vi: { wrong: '"{award}" không trao cho {kind}', fix: 'hình thức này chỉ trao cho: {allowed}; sửa loại đối tượng hoặc hình thức khen thưởng' },
    en: { wrong: '"{award}" is not given to a {kind}', fix: 'this form is only given to: {allowed}; fix the recipient kind or the award' },
  },
  'award-not-valid-then': {
    vi: { wrong: '"{award}" không được áp dụng vào ngày {date}', fix: 'hình thức này có hiệu lực {span}; chọn hình thức đúng với quy định thời điểm ký' },
    en: { wrong: '"{award}" could not be awarded on {date}', fix: 'it was valid {span}; choose the form that the rules of that date provided' },
  },
  'authority-not-valid-then': {
    vi: { wrong: '{authority} không tồn tại vào ngày {date}', fix: 'cơ quan này tồn tại {span}; kiểm tra ngày ký hoặc cơ quan ban hành' },
    en: { wrong: '{authority} did not exist on {date}', fix: 'it existed {span}; check the date or the issuing authority' },
  },
  'authority-cannot-confer': {
    vi: { wrong: '{authority} (cấp {level}) không có thẩm quyền tặng "{award}"', fix: 'hình thức này do cấp {allowed} quyết định' },
    en: { wrong: '{authority} ({level} level) cannot confer "{award}"', fix: 'it is conferred at the {allowed} level' },
  },
  'place-not-valid-then': {
    vi: { wrong: '{place} không còn tồn tại vào ngày {date}', fix: 'ghi đơn vị hành chính đúng vào ngày ký{successor}' },
    en: { wrong: '{place} no longer existed on {date}', fix: 'name the unit as it was on the date of signature{successor}' },
  },
  'duplicate-recipient': {
    vi: { wrong: '"{value}" xuất hiện hai lần trong cùng một hình thức khen của quyết định (trùng với dòng {other})', fix: 'xóa dòng lặp, hoặc ghi rõ đơn vị/địa chỉ nếu là hai người trùng tên; được khen hai hình thức khác nhau thì ghi ở hai mục lines khác nhau' },
    en: { wrong: '"{value}" appears twice under the same award of the decision (same as row {other})', fix: 'remove the repeated row, or give the unit/address if they are two people of the same name; two different awards go under two entries of lines' },
  },
  'not-a-partial-date': {
    vi: { wrong: 'ngày "{value}" không có thật hoặc viết sai dạng', fix: 'viết NĂM-THÁNG-NGÀY, ví dụ 2014-09-09; nếu nguồn chỉ ghi tháng hoặc năm thì viết "2014-09" hoặc "2014" (trong dấu ngoặc kép), không tự đặt ngày' },
    en: { wrong: 'the date "{value}" does not exist or is not written as a date', fix: 'write YEAR-MONTH-DAY, e.g. 2014-09-09; when the source gives only the month or year, write "2014-09" or "2014" (quoted), never an invented day' },
  },
  'bad-signer': {
    vi: { wrong: 'người ký "{value}" viết chưa đúng mẫu', fix: 'ghi hai dòng con name: và title: (ví dụ title: "KT. Chủ tịch – Phó Chủ tịch"); nếu nguồn không ghi người ký thì viết signer: unknown' },
    en: { wrong: 'the signer "{value}" is not in the expected form', fix: 'give name: and title: beneath it (e.g. title: "KT. Chủ tịch – Phó Chủ tịch"); when the source does not name the signer, write signer: unknown' },
  },
  'lines-and-single': {
    vi: { wrong: 'quyết định có cả lines và trường này', fix: 'quyết định nhiều hình thức ghi mỗi hình thức trong lines (award, recipients); bỏ award và recipients ở ngoài' },
    en: { wrong: 'the decision has both lines and this field', fix: 'a decision of several awards gives each under lines (award, recipients); remove the top-level award and recipients' },
  },
  'award-or-lines': {
    vi: { wrong: 'thiếu trường này', fix: 'quyết định một hình thức ghi award và recipients; quyết định nhiều hình thức ghi lines, mỗi mục có award và recipients' },
    en: { wrong: 'this field is missing', fix: 'a decision of one award gives award and recipients; a decision of several gives lines, each with award and recipients' },
  },
  'reason-missing': {
    vi: { wrong: 'thiếu thành tích (reason)', fix: 'ghi reason cho cả quyết định, hoặc reason riêng cho từng mục trong lines' },
    en: { wrong: 'the reason is missing', fix: 'give reason for the whole decision, or a reason for each entry of lines' },
  },
  'amend-mismatch': {
    vi: { wrong: '{this} ghi {field}: {other}, nhưng {other} không ghi lại điều đó ở {otherField}', fix: 'thêm "{otherField}: {expected}" vào tệp của {other}' },
    en: { wrong: '{this} says {field}: {other}, but {other} does not say so in {otherField}', fix: 'add "{otherField}: {expected}" to the file of {other}' },
  },
  'amend-before-original': {
    vi: { wrong: 'quyết định sửa đổi ngày {date} sớm hơn quyết định gốc {other} ({otherDate})', fix: 'kiểm tra ngày ký của hai quyết định' },
    en: { wrong: 'the amending decision of {date} is older than the original {other} ({otherDate})', fix: 'check the dates of both decisions' },
  },
  'correction-not-listed': {
    vi: { wrong: 'mục đính chính nói về quyết định {other}, nhưng quyết định đó không có trong corrects', fix: 'thêm "{other}" vào corrects, hoặc sửa mã quyết định ở mục này' },
    en: { wrong: 'the correction is about decision {other}, which is not listed in corrects', fix: 'add "{other}" to corrects, or fix the decision id of this entry' },
  },
  'correction-rows-unnamed': {
    vi: { wrong: 'quyết định này đính chính {other} nhưng không ghi dòng nào được đính chính, nên cổng chỉ báo "đã được đính chính" mà không nêu dòng nào', fix: 'thêm mục corrections (decision, row, field, from, to) cho từng dòng được đính chính của {other}' },
    en: { wrong: 'this decision corrects {other} but names no corrected row, so the portal can only say it was corrected, not which rows', fix: 'add a corrections entry (decision, row, field, from, to) for each corrected row of {other}' },
  },
  'correction-no-row': {
    vi: { wrong: 'quyết định {other} không có dòng {row} (chỉ có {rows} dòng)', fix: 'ghi số dòng tính liền từ 1 theo thứ tự trong tệp của {other} (neo #r trên trang quyết định), không phải STT in' },
    en: { wrong: 'decision {other} has no row {row} (it has {rows} rows)', fix: 'give the row number counted from 1 in the file order of {other} (the #r anchor on its page), not the printed STT' },
  },
  'correction-from-mismatch': {
    vi: { wrong: 'dòng {row} của {other} ghi {field} là "{current}", không phải "{value}" như mục đính chính ghi ở from', fix: 'chép đúng giá trị đang ghi trong {other} vào from (bỏ from nếu ô đó trống), hoặc kiểm tra lại số dòng' },
    en: { wrong: 'row {row} of {other} has {field} "{current}", not "{value}" as the correction\'s from says', fix: 'copy the value {other} has into from (leave from out if the field is empty), or check the row number' },
  },
  'correction-twice': {
    vi: { wrong: 'trường {field} ở dòng {row} của {other} đã được đính chính ở quyết định {earlier}', fix: 'mỗi trường của một dòng chỉ đính chính một lần; gộp hai mục làm một' },
    en: { wrong: 'field {field} of row {row} of {other} is already corrected in decision {earlier}', fix: 'a field of a row is corrected once; merge the two entries' },
  },
  'correction-bad-value': {
    vi: { wrong: 'giá trị mới "{value}" không dùng được cho trường {field}', fix: 'dùng một trong: {allowed}' },
    en: { wrong: 'the new value "{value}" cannot be used for field {field}', fix: 'use one of: {allowed}' },
  },
  'image-missing': {
    vi: { wrong: 'không tìm thấy ảnh "{value}"', fix: 'đặt ảnh cạnh tệp bài viết và ghi đường dẫn bắt đầu bằng ./' },
    en: { wrong: 'the image "{value}" was not found', fix: 'put the image beside the story file and write a path starting with ./' },
  },
  'image-alt-missing': {
    vi: { wrong: 'ảnh chưa có mô tả (imageAlt)', fix: 'thêm imageAlt: một câu tả nội dung ảnh cho người khiếm thị' },
    en: { wrong: 'the image has no description (imageAlt)', fix: 'add imageAlt: one sentence describing the image for blind readers' },
  },
  'consultation-too-short': {
    vi: { wrong: 'thời gian lấy ý kiến từ {from} đến {to} chỉ có {days} ngày làm việc', fix: 'cần ít nhất {minimum} ngày làm việc, tính từ ngày sau ngày đăng, không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ (Nghị định 98/2023, Điều 46; Nghị định 152/2025, Điều 60): hạn sớm nhất là {earliest}' },
    en: { wrong: 'the comment period from {from} to {to} has only {days} working days', fix: 'at least {minimum} working days are required, counted from the day after publication, without weekends and public holidays (Decree 98/2023 Art. 46; Decree 152/2025 Art. 60): the earliest closing date is {earliest}' },
  },
  'consultation-not-national': {
    vi: { wrong: '"{award}" là khen thưởng cấp {level}, không thuộc diện lấy ý kiến nhân dân', fix: 'chỉ đăng lấy ý kiến cho khen thưởng cấp Nhà nước (huân chương, danh hiệu vinh dự nhà nước, Chiến sĩ thi đua toàn quốc); kiểm tra mã hình thức khen thưởng' },
    en: { wrong: '"{award}" is a {level} award, which is not put to public comment', fix: 'only national awards (orders, state honorary titles, National Emulation Fighter) are put to public comment; check the award id' },
  },
  'consultation-decided-early': {
    vi: { wrong: 'quyết định {decision} ký ngày {date}, chưa hết hạn lấy ý kiến ({closesOn})', fix: 'quyết định khen thưởng phải ký sau ngày hết hạn lấy ý kiến: kiểm tra mã quyết định hoặc các ngày' },
    en: { wrong: 'decision {decision} was signed on {date}, before the comment period closed ({closesOn})', fix: 'the award decision must be signed after the comment period closes: check the decision id or the dates' },
  },
  'redirect-duplicate': {
    vi: { wrong: 'địa chỉ cũ {value} đã có chuyển hướng ở {other}', fix: 'mỗi địa chỉ cũ chỉ chuyển đến một trang: xóa một trong hai mục' },
    en: { wrong: 'the old address {value} is already redirected at {other}', fix: 'an old address leads to one page only: remove one of the two items' },
  },
  'redirect-loop': {
    vi: { wrong: 'chuyển hướng tới {value}, nhưng địa chỉ đó cũng là một địa chỉ cũ được chuyển hướng', fix: 'ghi ở to: địa chỉ của trang cuối cùng, đang có trên cổng' },
    en: { wrong: 'redirects to {value}, which is itself an old address that redirects', fix: 'write in to: the address of the final page, one the site has' },
  },
  'redirect-target-missing': {
    vi: { wrong: 'không có trang nào ở địa chỉ {value}', fix: 'ghi ở to: địa chỉ của một trang có trên cổng (xem urls.manifest.txt), ví dụ /quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/' },
    en: { wrong: 'no page exists at {value}', fix: 'write in to: the address of a page the site has (see urls.manifest.txt), e.g. /quyet-dinh/2017/36-qd-ubnd-lao-dong-tien-tien-2016/' },
  },
  'redirect-shadows-page': {
    vi: { wrong: 'địa chỉ {value} vẫn có trang, nên không thể chuyển hướng', fix: 'xóa mục chuyển hướng này: chỉ chuyển hướng địa chỉ không còn trang' },
    en: { wrong: 'the address {value} still has a page, so it cannot redirect', fix: 'remove this redirect: only addresses that lost their page are redirected' },
  },
  'url-missing': {
    vi: { wrong: 'địa chỉ này đã công bố nhưng bản build mới không có trang ở đó', fix: 'địa chỉ đã công bố phải luôn dùng được: khôi phục tệp đã xóa hoặc đổi tên, hoặc thêm vào {redirects} một mục "- from: {value}" với "to:" là trang thay thế (mẫu ở cuối thông báo)' },
    en: { wrong: 'this address was published but the new build has no page there', fix: 'published addresses must keep working: restore the deleted or renamed file, or add to {redirects} an item "- from: {value}" with "to:" the page that replaces it (template at the end)' },
  },
  'url-manifest-missing': {
    vi: { wrong: 'không có tệp {file}, danh sách mọi địa chỉ đã công bố', fix: 'lấy lại tệp này từ lịch sử (git) nếu lỡ xóa; chỉ khi cổng công bố lần đầu mới chạy npm run build -- --first-publication để tạo nó' },
    en: { wrong: 'there is no {file}, the list of every address published so far', fix: 'restore it from the history (git) if it was deleted; only for the site\'s first publication run npm run build -- --first-publication to create it' },
  },
  'legacy-encoding': {
    vi: {
      wrong: 'chữ "{word}" là tiếng Việt gõ bằng bảng mã cũ {encoding} (phông .VnTime, VNI-Times…) rồi lưu thành Unicode, nên sai dấu',
      fix: 'chuyển sang Unicode: trong Unikey mở "Công cụ chuyển mã" (Ctrl+Shift+F6), chọn nguồn {encoding}, đích Unicode, chuyển rồi dán lại; hoặc gõ lại bằng bảng mã Unicode',
    },
    en: {
      wrong: '"{word}" is Vietnamese typed in the legacy {encoding} encoding (.VnTime, VNI-Times… fonts) and saved as Unicode, so its accents are garbled',
      fix: 'convert it to Unicode: in Unikey open the converter ("Công cụ chuyển mã", Ctrl+Shift+F6), source {encoding}, target Unicode, convert and paste it back; or type it again in Unicode',
    },
  },
  symlink: {
    vi: { wrong: 'tệp này là một liên kết tắt (symlink) tới nơi khác, không phải tệp thật', fix: 'chép tệp thật vào thư mục content/ rồi xóa liên kết tắt: cổng chỉ đăng tệp nằm trong content/' },
    en: { wrong: 'this file is a symbolic link to somewhere else, not a real file', fix: 'copy the real file into content/ and delete the link: the portal publishes only files inside content/' },
  },
  'content-too-large': {
    vi: { wrong: 'tệp nặng {size}, quá giới hạn {limit}', fix: 'một tệp nội dung chỉ chứa chữ: tách danh sách quá dài thành nhiều quyết định, và không dán ảnh hay bản quét vào tệp' },
    en: { wrong: 'the file is {size}, over the {limit} limit', fix: 'a content file holds text only: split an over-long list into several decisions, and do not paste images or scans into it' },
  },
  'content-not-utf8': {
    vi: { wrong: 'tệp có chữ sai mã ở dòng {line} (không phải UTF-8, chữ có dấu sẽ hiện thành dấu hỏi)', fix: 'mở tệp bằng trình soạn thảo, lưu lại với bảng mã UTF-8, rồi gõ lại chữ có dấu ở dòng đó' },
    en: { wrong: 'the file has wrongly encoded text on line {line} (not UTF-8; accented letters would show as question marks)', fix: 'open the file in an editor, save it as UTF-8, and retype the accented letters on that line' },
  },
  'yaml-alias': {
    vi: { wrong: 'phần đầu tệp dùng neo và tham chiếu YAML (dấu & và *) ở dòng {line}', fix: 'viết đầy đủ từng giá trị, không dùng & và *; nếu cần dấu * trong chữ thì đặt cả câu trong ngoặc kép' },
    en: { wrong: 'the front matter uses YAML anchors and aliases (& and *) on line {line}', fix: 'write each value out in full, without & and *; if the text needs a *, put it in quotes' },
  },
  'hidden-character': {
    vi: { wrong: 'có ký tự ẩn {code} (không nhìn thấy, nhưng làm chữ bị đảo hoặc làm hai tên giống nhau thành khác nhau)', fix: 'xóa ký tự ẩn: gõ lại chữ ở chỗ đó, không dán từ trang web hay tệp khác' },
    en: { wrong: 'there is a hidden character {code} (invisible, but it reorders text or makes two identical names differ)', fix: 'delete it: retype the text there instead of pasting it from a web page or another file' },
  },
  'look-alike-letter': {
    vi: { wrong: 'chữ "{char}" ({code}) trong "{word}" là chữ của bảng chữ cái khác, chỉ trông giống chữ "{letter}"', fix: 'gõ lại chữ "{letter}" bằng bàn phím tiếng Việt (Unikey, bảng mã Unicode)' },
    en: { wrong: 'the letter "{char}" ({code}) in "{word}" belongs to another alphabet and only looks like "{letter}"', fix: 'retype "{letter}" with a Vietnamese keyboard (Unicode)' },
  },
  'body-html': {
    vi: { wrong: 'dòng {line} có mã HTML "{value}"', fix: 'phần nội dung chỉ viết chữ theo Markdown (tiêu đề #, danh sách -, **đậm**, [liên kết](https://…)); xóa mã HTML' },
    en: { wrong: 'line {line} has HTML code "{value}"', fix: 'the text is plain Markdown (# headings, - lists, **bold**, [links](https://…)); remove the HTML' },
  },
  'body-link': {
    vi: { wrong: 'dòng {line} có liên kết "{value}" không mở được như một trang web', fix: 'liên kết phải bắt đầu bằng https://, http://, mailto: hoặc / (một trang của cổng)' },
    en: { wrong: 'line {line} has a link "{value}" that is not a web page', fix: 'links start with https://, http://, mailto: or / (a page of the portal)' },
  },
  'body-image': {
    vi: { wrong: 'dòng {line} có ảnh "{value}" nằm ngoài thư mục nội dung', fix: 'đặt ảnh cạnh tệp bài viết và ghi đường dẫn bắt đầu bằng ./' },
    en: { wrong: 'line {line} has an image "{value}" from outside the content folder', fix: 'put the image beside the file and write a path starting with ./' },
  },
  'story-code': {
    vi: { wrong: 'dòng {line} có mã lệnh "{value}" (import, export hoặc {…})', fix: 'bài viết chỉ gồm chữ, ảnh và liên kết: xóa dòng này; nếu cần hiện dấu ngoặc nhọn thì viết \\{ và \\}' },
    en: { wrong: 'line {line} has code "{value}" (import, export or {…})', fix: 'a story holds text, images and links only: remove it; to show a brace, write \\{ and \\}' },
  },
  'story-element': {
    vi: { wrong: 'dòng {line} có thẻ {value} mà cổng không cung cấp cho bài viết', fix: 'xóa thẻ này và viết bằng Markdown (tiêu đề #, danh sách -, **đậm**, ![ảnh](./anh.jpg))' },
    en: { wrong: 'line {line} has a tag {value} that the portal does not offer to stories', fix: 'remove it and write in Markdown (# headings, - lists, **bold**, ![image](./image.jpg))' },
  },
  'story-syntax': {
    vi: { wrong: 'không đọc được nội dung bài viết: {detail}', fix: 'kiểm tra các dấu <, >, { và } trong bài; muốn viết chúng như chữ thì thêm \\ phía trước' },
    en: { wrong: 'the story text cannot be read: {detail}', fix: 'check the <, >, { and } characters; to write them as text, put a \\ before them' },
  },
  'bad-folder-name': {
    vi: { wrong: 'thư mục "{name}" có chữ hoa, dấu hoặc khoảng trắng', fix: 'đổi tên thư mục thành chữ thường không dấu, nối bằng gạch ngang, ví dụ "{suggestion}"' },
    en: { wrong: 'the folder "{name}" has capitals, accents or spaces', fix: 'rename it with lowercase unaccented words joined by hyphens, e.g. "{suggestion}"' },
  },
  'file-name-too-long': {
    vi: { wrong: 'tên tệp dài {length} ký tự, quá giới hạn {limit}', fix: 'rút gọn tên tệp: số quyết định và vài chữ về nội dung là đủ' },
    en: { wrong: 'the file name is {length} characters long, over the {limit} limit', fix: 'shorten it: the decision number and a few words are enough' },
  },
  'path-outside-content': {
    vi: { wrong: 'đường dẫn "{value}" trỏ ra ngoài thư mục nội dung', fix: 'đặt tệp trong content/ (ảnh cạnh tệp bài viết) và ghi đường dẫn bắt đầu bằng ./; không dùng ../ hay \\\\máy\\thư-mục' },
    en: { wrong: 'the path "{value}" points outside the content folder', fix: 'put the file in content/ (images beside the entry) and write a path starting with ./; no ../ or \\\\host\\share' },
  },
  'attachment-missing': {
    vi: { wrong: 'không tìm thấy tệp đính kèm "{value}"', fix: 'đặt bản quét trong content/ cạnh tệp quyết định và ghi đúng tên tệp, ví dụ ./1820-qd-ubnd.pdf' },
    en: { wrong: 'the attachment "{value}" was not found', fix: 'put the scan in content/ beside the decision and write its exact name, e.g. ./1820-qd-ubnd.pdf' },
  },
  'site-missing': {
    vi: { wrong: 'thiếu tệp site.yaml: cổng chưa biết cơ quan nào công bố nó', fix: 'tạo content/site.yaml với tên cơ quan (name, shortName), cấp (level), địa bàn (jurisdiction), cách gọi toàn địa bàn (area); xem mục "Cổng cho một cơ quan mới" trong docs/staff-guide.md' },
    en: { wrong: 'site.yaml is missing: the portal does not know which office publishes it', fix: 'create content/site.yaml with the office\'s name, shortName, level, jurisdiction and area; see "Cổng cho một cơ quan mới" in docs/staff-guide.md' },
  },
  'logo-missing': {
    vi: { wrong: 'không tìm thấy tệp biểu trưng "{value}"', fix: 'đặt tệp ảnh PNG, JPG hoặc WebP trong content/ và ghi đường dẫn tính từ site.yaml, ví dụ ./logo.png' },
    en: { wrong: 'the logo file "{value}" was not found', fix: 'put a PNG, JPEG or WebP image in content/ and write its path from site.yaml, e.g. ./logo.png' },
  },
  'attachment-host': {
    vi: { wrong: 'tệp đính kèm nằm ở trang "{host}", không có trong danh sách trang được phép', fix: 'dùng trang của cơ quan đã ghi ở attachmentHosts trong content/site.yaml (hiện có: {allowed}), hoặc nhờ quản trị thêm trang này vào đó' },
    en: { wrong: 'the attachment is on "{host}", which is not an allowed host', fix: 'use a host listed under attachmentHosts in content/site.yaml (now: {allowed}), or ask the administrator to add this one' },
  },
} as const satisfies Record<string, Record<Lang, Text>>;

export type MessageCode = keyof typeof PROBLEM_MESSAGES;
