/**
 * Reads the content folder the way the staff validator needs it: every file, nothing skipped, dates
 * kept as written. Astro's loaders read the same files for the site (see src/content.config.ts); the
 * layout below is the one place that says where each collection lives.
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { problem, type Problem } from './problems.ts';
import { readContentText, parseContentYaml, yamlAsAstroReadsIt } from './safe-read.ts';

/** Where each collection lives inside the content folder. */
export const CONTENT_LAYOUT = {
  decisions: { dir: 'decisions', extensions: ['.md'] },
  stories: { dir: 'stories', extensions: ['.mdx'] },
  movements: { dir: 'movements', extensions: ['.md'] },
  /** Proposals for national awards published for comment; optional. */
  consultations: { dir: 'consultations', extensions: ['.md'] },
  awards: { file: 'awards.yaml' },
  authorities: { file: 'authorities.yaml' },
  places: { file: 'places.yaml' },
  /** Published addresses that moved, and where to; optional. */
  redirects: { file: 'redirects.yaml' },
  /** Settings of the office's portal (src/schemas/site.ts); optional. */
  site: { file: 'site.yaml' },
  /** Every HTML address ever published from this content: addresses stay (src/build/url-manifest.ts). */
  urlManifest: { file: 'urls.manifest.txt' },
} as const;

export type EntryCollection = 'decisions' | 'stories' | 'movements' | 'consultations';
export type DataCollection = 'awards' | 'authorities' | 'places' | 'redirects';

export interface RawEntry {
  /** Content id: path inside the collection folder without extension, or a data entry's id. */
  id: string;
  /** Path shown to staff. */
  file: string;
  /** Absolute path of the file. */
  path: string;
  data: unknown;
  /** Field path prefix inside the file, for entries of a data file (`[3]`). */
  prefix: string;
  body: string;
  /** 1-based line of the file where `body` starts, so that problems in the text name the file's line. */
  bodyLine?: number;
  /** The frontmatter as Astro's YAML reader sees it, when it differs in kind from the validator's (unquoted dates). */
  astroData?: unknown;
  /** Set when the file could not be parsed; its problem is already reported. */
  unreadable?: true;
}

export type RawContent = Record<EntryCollection | DataCollection, RawEntry[]>;

/** The content folder: PORTAL_CONTENT_DIR, so that the build can point at a generated corpus. */
export function contentRoot(cwd = process.cwd()): string {
  return resolve(cwd, process.env.PORTAL_CONTENT_DIR ?? 'content');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Symbolic links are listed too (as links, never followed), so that they are refused rather than unseen. */
function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => (d.isFile() || d.isSymbolicLink()) && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * The entry files of a collection the site may publish: regular files only, README.md left out. Astro's
 * loaders publish exactly these (src/site/content-loaders.ts), so what the validator read is what the
 * site shows.
 */
export function entryFiles(root: string, collection: EntryCollection): string[] {
  const { dir, extensions } = CONTENT_LAYOUT[collection];
  return listFiles(join(root, dir), extensions).filter((path) => !path.endsWith('/README.md') && !lstatSync(path).isSymbolicLink());
}

function display(path: string, root: string): string {
  return relative(join(root, '..'), path).split(sep).join('/');
}

/** Files that may sit beside entries: story photos, scanned attachments, the folder's notes. */
const COMPANION_FILES = /\.(jpe?g|png|webp|avif|gif|svg|pdf|txt)$|(^|\/)(README\.md|\.gitkeep|\.DS_Store)$/i;

function readEntries(root: string, dir: string, extensions: readonly string[], problems: Problem[]): RawEntry[] {
  const base = join(root, dir);
  const out: RawEntry[] = [];
  for (const path of listFiles(base, [''])) {
    // A link may point anywhere on the machine, and Astro would follow it: refused, whatever it names.
    if (lstatSync(path).isSymbolicLink()) problems.push(problem(display(path, root), '', 'symlink'));
    else if (!extensions.some((ext) => path.endsWith(ext)) && !COMPANION_FILES.test(path))
      problems.push(problem(display(path, root), '', 'unexpected-file', { expected: extensions.join(', ') }));
  }
  for (const path of listFiles(base, extensions)) {
    if (path.endsWith('/README.md') || lstatSync(path).isSymbolicLink()) continue;
    const file = display(path, root);
    const id = relative(base, path).split(sep).join('/').replace(/\.[^.]+$/, '');
    const unreadable: RawEntry = { id, file, path, data: null, prefix: '', body: '', unreadable: true };
    const read = readContentText(path, file);
    if ('problem' in read) {
      problems.push(read.problem);
      out.push(unreadable);
      continue;
    }
    const match = FRONTMATTER.exec(read.text);
    if (!match) {
      problems.push(problem(file, '', 'no-frontmatter'));
      continue;
    }
    const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
    const yamlText = match[1] ?? '';
    const data = parseContentYaml(yamlText, file, 1);
    if ('problem' in data) {
      problems.push(data.problem);
      out.push(unreadable);
      continue;
    }
    const astroData = yamlAsAstroReadsIt(yamlText);
    out.push({ id, file, path, data: data.value, prefix: '', body: read.text.slice(match[0].length), bodyLine, ...(astroData === undefined ? {} : { astroData }) });
  }
  return out;
}

function readDataFile(root: string, name: string, problems: Problem[]): RawEntry[] {
  const path = join(root, name);
  const file = display(path, root);
  if (!existsSync(path)) return [];
  const read = readContentText(path, file);
  if ('problem' in read) {
    problems.push(read.problem);
    return [];
  }
  const parsed = parseContentYaml(read.text, file, 0);
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return [];
  }
  const data = parsed.value;
  // A file of comments only (an empty redirects.yaml) is an empty list.
  if (data == null) return [];
  if (!Array.isArray(data)) {
    problems.push(problem(file, '', 'wrong-type', { value: typeof data, expected: 'list / danh sách (- id: …)' }));
    return [];
  }
  const astroData = yamlAsAstroReadsIt(read.text);
  return data.map((item, index) => ({
    id: String((item as { id?: unknown } | null)?.id ?? ''),
    file,
    path,
    data: item,
    prefix: `[${index}]`,
    body: '',
    ...(Array.isArray(astroData) ? { astroData: astroData[index] } : {}),
  }));
}

/** Reads every collection; unreadable files become problems, never silent omissions. */
export function readContent(root = contentRoot()): { content: RawContent; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!existsSync(root)) problems.push(problem(root, '', 'no-content-folder'));
  const L = CONTENT_LAYOUT;
  const content: RawContent = {
    decisions: readEntries(root, L.decisions.dir, L.decisions.extensions, problems),
    stories: readEntries(root, L.stories.dir, L.stories.extensions, problems),
    movements: readEntries(root, L.movements.dir, L.movements.extensions, problems),
    consultations: readEntries(root, L.consultations.dir, L.consultations.extensions, problems),
    awards: readDataFile(root, L.awards.file, problems),
    authorities: readDataFile(root, L.authorities.file, problems),
    places: readDataFile(root, L.places.file, problems),
    redirects: readDataFile(root, L.redirects.file, problems),
  };
  return { content, problems };
}
