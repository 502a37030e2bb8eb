/**
 * The rendering half of docs/adr/0011-content-is-text.md. The validator refuses raw HTML, unsafe links
 * and story code before a build; `npm run build` renders while it validates, and `npm run dev` shows
 * problems without stopping, so the Markdown pipeline applies the same rules itself: raw HTML is shown
 * as the text it is, a link that could run script leads nowhere, an image from outside the content folder
 * is left out, and a story's imports, exports, expressions and unknown elements are dropped.
 */
import type { AstroIntegration } from 'astro';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { contentRoot } from '../validate/content-files.ts';
import { STORY_COMPONENTS, isClosedComment, isSafeImage, isSafeLink } from '../validate/body-text.ts';

const root = contentRoot();

export const contentIsText = defineMdastPlugin({
  name: 'portal-content-is-text',
  html(node, ctx) {
    if (isClosedComment(node.value)) ctx.removeNode(node);
    else ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, ctx) {
    if (!isSafeLink(node.url)) ctx.setProperty(node, 'url', '#');
  },
  definition(node, ctx) {
    if (!isSafeLink(node.url)) ctx.setProperty(node, 'url', '#');
  },
  image(node, ctx) {
    const from = ctx.fileURL ? dirname(fileURLToPath(ctx.fileURL)) : root;
    if (!isSafeImage(node.url, from, root)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
  mdxjsEsm(node, ctx) {
    ctx.removeNode(node);
  },
  mdxFlowExpression(node, ctx) {
    ctx.removeNode(node);
  },
  mdxTextExpression(node, ctx) {
    ctx.removeNode(node);
  },
  mdxJsxFlowElement(node, ctx) {
    if (!STORY_COMPONENTS.includes(node.name ?? '')) ctx.replaceNode(node, { type: 'paragraph', children: [{ type: 'text', value: ctx.textContent(node) }] });
  },
  mdxJsxTextElement(node, ctx) {
    if (!STORY_COMPONENTS.includes(node.name ?? '')) ctx.replaceNode(node, { type: 'text', value: ctx.textContent(node) });
  },
});

/** Adds the rules to Astro's Markdown and MDX pipeline (Sätteri, Astro 7's default processor). */
export default function contentIsTextIntegration(): AstroIntegration {
  return {
    name: 'portal-content-is-text',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const options = (config.markdown.processor as { options?: { mdastPlugins?: unknown[] } }).options;
        if (!options?.mdastPlugins) throw new Error('The Markdown processor is not Sätteri: docs/adr/0011-content-is-text.md needs its rules in the new one.');
        options.mdastPlugins.push(contentIsText);
      },
    },
  };
}
