/**
 * Writing a content file so that a failure leaves it as it was: the new text goes to a temporary file
 * beside it, and only a complete file takes the name. A full disk or a file-size limit used to truncate
 * the decision being added to, or leave a half file that every retry refused as "already exists".
 */
import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cli-error.ts';

/** `exclusive`: refuse when the file exists (a new entry never replaces one). `file`: the name staff read. */
export function writeFileSafely(path: string, text: string, file: string, exclusive = false): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx');
    try {
      // A write near a size limit is short rather than refused: loop until every byte is in, or the system says no.
      const bytes = Buffer.from(text);
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // A link fails if the name is taken, so a new entry never replaces one, even one that appeared meanwhile.
    if (exclusive) linkSync(temp, path);
    else renameSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (exclusive && code === 'EEXIST') throw new CliError('file-exists', { file });
    throw new CliError('write-failed', { file, detail: WRITE_ERRORS[code] ?? `${code} ${(error as Error).message}`.trim() });
  } finally {
    rmSync(temp, { force: true });
  }
}

/** What the system's refusal means, in both languages. */
const WRITE_ERRORS: Record<string, string> = {
  EFBIG: 'tệp vượt giới hạn kích thước cho phép / the file is over the size limit allowed',
  ENOSPC: 'ổ đĩa đã đầy / the disk is full',
  EDQUOT: 'hết hạn mức dung lượng / the disk quota is used up',
  EACCES: 'không có quyền ghi vào thư mục / no permission to write to the folder',
  EPERM: 'không có quyền ghi vào thư mục / no permission to write to the folder',
  EROFS: 'ổ đĩa chỉ cho đọc / the disk is read-only',
};
