/**
 * Files an entry points at: a story's image and a decision's scanned original. A local file must be
 * inside the content folder and exist (a path like `../../../x.jpg` would publish any file of the build
 * machine); a remote scan must come from a host the office lists in `content/site.yaml`.
 */
import { existsSync } from 'node:fs';
import { dirname, posix, resolve, sep } from 'node:path';
import type { SiteSettings } from '../schemas/site.ts';
import { CONTENT_LAYOUT } from './content-files.ts';
import type { Located } from './integrity.ts';
import { problem, type Problem } from './problems.ts';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Inside the content folder, never the folder itself; `\` and `//` are other hosts to Windows and browsers. */
export function insideContent(path: string, fromDir: string, root: string): string | undefined {
  if (/\\|^\/\/|[\u0000-\u001F]/.test(path) || SCHEME.test(path)) return undefined;
  const target = path.startsWith('/') ? resolve(root, `.${path}`) : resolve(fromDir, path);
  return target.startsWith(resolve(root) + sep) ? target : undefined;
}

export function checkStoryImages(stories: readonly Located<{ image?: string | undefined }>[], root: string, problems: Problem[]): void {
  for (const story of stories) {
    const image = story.data.image;
    if (image && !insideContent(image, dirname(story.path), root)) problems.push(problem(story.file, 'image', 'path-outside-content', { value: image }));
  }
}

export function checkAttachments(
  decisions: readonly Located<{ attachment?: { href: string } | undefined }>[],
  root: string,
  site: SiteSettings,
  problems: Problem[],
): void {
  for (const decision of decisions) {
    const href = decision.data.attachment?.href;
    if (!href) continue;
    const at = (code: Parameters<typeof problem>[2], params: Problem['params'] = {}) =>
      problems.push(problem(decision.file, 'attachment.href', code, { value: href, ...params }));
    const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') {
      const host = URL.canParse(href) ? new URL(href).host : '';
      if (!site.attachmentHosts.includes(host)) at('attachment-host', { host, allowed: site.attachmentHosts.join(', ') || '—' });
      continue;
    }
    const local = insideContent(href, dirname(decision.path), root);
    if (!local) at('path-outside-content');
    else if (!existsSync(local)) at('attachment-missing');
  }
}

/**
 * Where a decision's local attachment sits in the content folder (`decisions/2017/612-qd-ubnd.pdf`), the
 * path the build copies it from and the site serves it under; nothing for a remote one. `href` is read as
 * the validator reads it: from the decision's folder, or from the content folder when it starts with `/`.
 */
export function localAttachmentPath(decisionId: string, href: string): string | undefined {
  if (SCHEME.test(href)) return undefined;
  const path = href.startsWith('/') ? href : posix.join(CONTENT_LAYOUT.decisions.dir, posix.dirname(decisionId), href);
  return posix.normalize(path).replace(/^\/+/, '');
}
