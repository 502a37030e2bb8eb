/**
 * The text of decisions, movements, consultations and stories is text: paragraphs, headings, lists,
 * tables, emphasis, links to web pages and site pages, images from the content folder. Raw HTML, links
 * that run script, and (in stories) code are refused, naming the file and line (docs/adr/0011-content-is-text.md).
 * The bodies are parsed with Sätteri, the parser that renders them, so what is checked is what is published;
 * src/site/content-is-text.ts applies the same rules while rendering.
 */
import { resolve } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { insideContent } from './attachments.ts';
import { problem, type Problem } from './problems.ts';

/** Components a story may use. The portal offers none yet; a developer adds one here with its component. */
export const STORY_COMPONENTS: readonly string[] = [];

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** A closed HTML comment, alone: the scaffold's placeholder (`npm run new`), rendered as nothing. */
export function isClosedComment(html: string): boolean {
  return /^<!--(?:(?!--)[\s\S])*-->\s*$/.test(html);
}

/** A JavaScript comment, alone in braces: how MDX writes a note to editors (`{/* … *\/}`), which runs nothing. */
export function isCommentExpression(code: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);
}

/** A link readers may follow: a web page (http, https), an e-mail address, or a page of this site. */
export function isSafeLink(url: string): boolean {
  // Backslashes and control characters make browsers read a path as another host or scheme.
  if (/[\\\u0000-\u001F\u007F]/.test(url)) return false;
  const scheme = SCHEME.exec(url.trim())?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/** An image the site may publish: a file inside the content folder, named by a path relative to the entry. */
export function isSafeImage(url: string, fromDir: string, contentRoot: string): boolean {
  let path: string;
  try {
    path = decodeURI(url);
  } catch {
    return false;
  }
  return !path.startsWith('/') && insideContent(path, fromDir, contentRoot) !== undefined;
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export interface BodySource {
  file: string;
  /** Absolute path of the file, for relative image paths. */
  path: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** Problems in one body; `mdx` for stories, whose syntax adds code, expressions and components. */
export function checkBody(source: BodySource, contentRoot: string, mdx: boolean): Problem[] {
  const problems: Problem[] = [];
  if (!source.body.trim()) return problems;
  let tree: Node;
  try {
    tree = (mdx ? mdxToMdast(source.body) : markdownToMdast(source.body)) as MdastNode as Node;
  } catch (error) {
    return [problem(source.file, '(nội dung / body)', 'story-syntax', { detail: firstLine(String((error as Error).message ?? error)) })];
  }
  const dir = resolve(source.path, '..');
  for (const node of walk(tree)) {
    const line = (node.position?.start.line ?? 1) + source.bodyLine - 1;
    const at = (code: Parameters<typeof problem>[2], params: Problem['params']) =>
      problems.push(problem(source.file, '(nội dung / body)', code, { line, ...params }));
    switch (node.type) {
      case 'html':
        if (!isClosedComment(node.value ?? '')) at('body-html', { value: firstLine(node.value) });
        break;
      case 'link':
      case 'definition':
        if (node.url !== undefined && !isSafeLink(node.url)) at('body-link', { value: firstLine(node.url) });
        break;
      case 'image':
        if (node.url !== undefined && !isSafeImage(node.url, dir, contentRoot)) at('body-image', { value: firstLine(node.url) });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentExpression(node.value ?? '')) at('story-code', { value: firstLine(`{${node.value ?? ''}}`) });
        break;
      case 'mdxjsEsm':
        at('story-code', { value: firstLine(node.value) });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!STORY_COMPONENTS.includes(node.name ?? '')) at('story-element', { value: `<${node.name ?? ''}>` });
        else if (node.attributes?.some((a) => a.type !== 'mdxJsxAttribute' || (a.value !== null && typeof a.value === 'object')))
          at('story-code', { value: `<${node.name ?? ''} …>` });
        break;
    }
  }
  return problems;
}
