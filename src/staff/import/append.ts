/**
 * Adds recipients at the end of an existing decision's list, changing nothing else in the file:
 * comments, quoting, the order of fields and the body stay as staff wrote them. The result is read
 * back and compared with what was meant, so a file it cannot edit safely is refused, not damaged.
 */
import { isDeepStrictEqual } from 'node:util';
import yaml from 'js-yaml';
import type { LineRecipient as Recipient } from './decision-shape.ts';
import { dumpYaml } from '../yaml.ts';
import { CliError } from '../cli-error.ts';

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

function load(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function appendRecipients(file: string, text: string, recipients: readonly Recipient[]): string {
  if (!recipients.length) return text;
  const match = FRONTMATTER.exec(text);
  if (!match) throw new CliError('cannot-append', { file, detail: 'no front matter' });
  const [whole, open = '', front = '', close = ''] = match;
  const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
  const lines = front.split(/\r?\n/);
  const start = lines.findIndex((line) => /^recipients:\s*(#.*)?$/.test(line));
  if (start < 0) throw new CliError('cannot-append', { file, detail: 'no "recipients:" list' });

  // The list runs until the next line that starts at the margin with something other than "-".
  let end = start + 1;
  while (end < lines.length && !/^[^\s-]/.test(lines[end] ?? '')) end++;
  let insert = end;
  while (insert > start + 1 && /^\s*(#.*)?$/.test(lines[insert - 1] ?? '')) insert--;
  const indent = /^(\s*)- /.exec(lines.slice(start + 1, end).find((l) => /^\s*- /.test(l)) ?? '')?.[1] ?? '  ';

  const items = dumpYaml(recipients).trimEnd().split('\n').map((line) => indent + line);
  const nextFront = [...lines.slice(0, insert), ...items, ...lines.slice(insert)].join(eol);

  const before = load(front) as { recipients?: unknown[] } | null;
  const after = load(nextFront);
  const expected = { ...before, recipients: [...(before?.recipients ?? []), ...recipients] };
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(expected))))
    throw new CliError('cannot-append', { file, detail: 'the list is not written one item per "- " line' });
  return open + nextFront + close + text.slice(whole.length);
}

const AWARD_KEYS = /^(award|recipients|lines):/;

/**
 * Writes a decision's awards anew (`award` and `recipients`, or `lines`), leaving every other line of
 * the file as staff wrote it: used when an import completes a recipient, adds a second award line,
 * or fills a decision created without recipients. Read back and compared, like `appendRecipients`.
 */
export function replaceAwards(file: string, text: string, fields: { award: string; recipients: readonly unknown[] } | { lines: readonly unknown[] }): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new CliError('cannot-append', { file, detail: 'no front matter' });
  const [whole, open = '', front = '', close = ''] = match;
  const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
  const lines = front.split(/\r?\n/);
  const blocks: { key: string; start: number; end: number }[] = [];
  lines.forEach((line, start) => {
    const key = AWARD_KEYS.exec(line)?.[1];
    if (!key) return;
    let end = start + 1;
    while (end < lines.length && !/^[^\s-]/.test(lines[end] ?? '')) end++;
    blocks.push({ key, start, end });
  });
  if (!blocks.length) throw new CliError('cannot-append', { file, detail: 'no "recipients:" list' });
  for (const b of blocks)
    if (lines.slice(b.start + 1, b.end).some((l) => /^\s*#/.test(l))) throw new CliError('cannot-append', { file, detail: `comments inside "${b.key}:"` });

  // The new fields go where the list was; a single award stays on its own line where it was.
  const list = blocks.find((b) => b.key !== 'award') ?? blocks[0]!;
  const awardLine = 'award' in fields ? blocks.find((b) => b.key === 'award') : undefined;
  const rendered = (data: unknown) => dumpYaml(data).trimEnd().split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const block = blocks.find((b) => i >= b.start && i < b.end);
    if (!block) {
      out.push(line);
      return;
    }
    if (i !== block.start) return;
    if ('award' in fields && block === awardLine) out.push(...rendered({ award: fields.award }));
    if (block === list) out.push(...rendered('award' in fields ? (awardLine ? { recipients: fields.recipients } : fields) : fields));
  });
  const nextFront = out.join(eol);

  const before = (load(front) ?? {}) as Record<string, unknown>;
  const { award: _award, recipients: _recipients, lines: _lines, ...rest } = before;
  const after = load(nextFront);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify({ ...rest, ...fields }))))
    throw new CliError('cannot-append', { file, detail: 'the awards are not written one item per "- " line' });
  return open + nextFront + close + text.slice(whole.length);
}
