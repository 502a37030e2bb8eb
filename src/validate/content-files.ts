/**
 * Reads the content folder the way the staff validator needs it: every file, nothing skipped, dates
 * kept as written. Astro's loaders read the same files for the site (see src/content.config.ts); the
 * layout below is the one place that says where each collection lives.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { problem, type Problem } from './problems.ts';

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
  /** Set when the file could not be parsed; its problem is already reported. */
  unreadable?: true;
}

export type RawContent = Record<EntryCollection | DataCollection, RawEntry[]>;

/** The content folder: PORTAL_CONTENT_DIR, so that the build can point at a generated corpus. */
export function contentRoot(cwd = process.cwd()): string {
  return resolve(cwd, process.env.PORTAL_CONTENT_DIR ?? 'content');
}

/** Core schema: dates stay text, so 2017-02-30 reaches the validator instead of becoming 2 March. */
function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

function yamlProblem(file: string, error: unknown, lineOffset = 0): Problem {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return problem(file, '', 'yaml-syntax', { line: (mark?.line ?? 0) + 1 + lineOffset, detail: reason });
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function listFiles(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && extensions.some((ext) => d.name.endsWith(ext)))
    .map((d) => join(d.parentPath, d.name))
    .sort();
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
    if (extensions.some((ext) => path.endsWith(ext)) || COMPANION_FILES.test(path)) continue;
    problems.push(problem(display(path, root), '', 'unexpected-file', { expected: extensions.join(', ') }));
  }
  for (const path of listFiles(base, extensions)) {
    if (path.endsWith('/README.md')) continue;
    const file = display(path, root);
    const id = relative(base, path).split(sep).join('/').replace(/\.[^.]+$/, '');
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push(problem(file, '', 'no-frontmatter'));
      continue;
    }
    try {
      out.push({ id, file, path, data: parseYaml(match[1] ?? ''), prefix: '', body: text.slice(match[0].length) });
    } catch (error) {
      problems.push(yamlProblem(file, error, 1));
      out.push({ id, file, path, data: null, prefix: '', body: '', unreadable: true });
    }
  }
  return out;
}

function readDataFile(root: string, name: string, problems: Problem[]): RawEntry[] {
  const path = join(root, name);
  const file = display(path, root);
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(yamlProblem(file, error));
    return [];
  }
  // A file of comments only (an empty redirects.yaml) is an empty list.
  if (data == null) return [];
  if (!Array.isArray(data)) {
    problems.push(problem(file, '', 'wrong-type', { value: typeof data, expected: 'list / danh sách (- id: …)' }));
    return [];
  }
  return data.map((item, index) => ({
    id: String((item as { id?: unknown } | null)?.id ?? ''),
    file,
    path,
    data: item,
    prefix: `[${index}]`,
    body: '',
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
