/**
 * Which cells of a workbook are formulas. read-excel-file gives a formula cell the value Excel saved with
 * it and says nothing more, so a label computed elsewhere (a button's "Bấm", a lookup into another sheet)
 * would be imported as a person's name unseen. The import reports each formula cell it writes from.
 * Reads the .xlsx archive with Node's own inflate; the archive's unpacked size has been checked first
 * (src/staff/import/spreadsheet.ts).
 */
import { inflateRawSync } from 'node:zlib';

/** Formula text by `row:column` (both 0-based, as in `Sheet.rows`), for each sheet by its name. */
export type SheetFormulas = ReadonlyMap<string, string>;

export function formulaKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** The files of a zip archive, read from its central directory; nothing when it has none. */
function zipEntries(zip: Buffer): Map<string, () => string> {
  const files = new Map<string, () => string>();
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) !== 0x06054b50) continue;
    let at = zip.readUInt32LE(i + 16);
    for (let n = zip.readUInt16LE(i + 10); n > 0 && at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50; n--) {
      const method = zip.readUInt16LE(at + 10);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const local = zip.readUInt32LE(at + 42);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      files.set(name, () => {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
      });
      at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    break;
  }
  return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

function columnIndex(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** The formula cells of each sheet of an .xlsx archive, by sheet name; empty when the archive cannot be read so. */
export function workbookFormulas(zip: Buffer): Map<string, SheetFormulas> {
  const out = new Map<string, SheetFormulas>();
  const files = zipEntries(zip);
  const workbook = files.get('xl/workbook.xml')?.();
  const rels = files.get('xl/_rels/workbook.xml.rels')?.() ?? '';
  if (!workbook) return out;
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => [attribute(tag, 'Id'), attribute(tag, 'Target')]));
  for (const [tag] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attribute(tag, 'r:id'));
    const name = attribute(tag, 'name');
    const xml = target && files.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`)?.();
    if (!xml || name === undefined) continue;
    const formulas = new Map<string, string>();
    for (const [, attrs, inner] of xml.matchAll(/<c\b([^>]*?)>([\s\S]*?)<\/c>/g)) {
      const at = /^([A-Z]+)(\d+)$/.exec(attribute(attrs!, 'r') ?? '');
      const formula = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner!);
      if (at && formula) formulas.set(formulaKey(Number(at[2]) - 1, columnIndex(at[1]!)), unescape(formula[1] ?? ''));
    }
    out.set(unescape(name), formulas);
  }
  return out;
}
