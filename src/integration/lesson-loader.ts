import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import rehypeRaw from 'rehype-raw';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findUnsafeImageReference } from '../lib/markdown/check-image-references';
import { holdsUnsafe, noticeHtml } from '../lib/markdown/lesson-notice';
import { rehypeRefuseUnsafeHtml } from '../lib/markdown/rehype-refuse-unsafe-html';
import { remarkLessonComponents, remarkMdxSyntax, remarkRefuseUnsafe } from '../lib/markdown/remark-lesson-components';
import { isMissingHtml, lessonHtmlDir, pruneLessonHtml, writeLessonHtml } from '../lib/node/lesson-html-cache';

type GlobOptions = Parameters<typeof glob>[0];
type EntryType = { getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunction> } & Record<string, unknown>;
type RenderFunction = (entry: { body?: string; filePath?: string; digest?: string; data: Record<string, unknown> }) => Promise<{ html: string; metadata?: Record<string, unknown> }>;
type Store = LoaderContext['store'];
/** The loader context as Astro passes it: with the entry types, which its type leaves out. */
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

// Cached renders are keyed by file digest; salting it with the renderer's source (this file and
// src/lib/markdown/) and the installed packages (npm's record of node_modules: a new Shiki or
// Markdown pipeline) makes such a change re-render every lesson instead of serving stale HTML.
// Where none of that can be read, a salt per process turns the cache off.
const RENDERER_SALT = readRendererSource();

function readRendererSource(): string {
  try {
    const dir = new URL('../lib/markdown/', import.meta.url);
    const root = new URL('../../', import.meta.url);
    const installed = ['node_modules/.package-lock.json', 'package-lock.json'].map((name) => fileURLToPath(new URL(name, root))).find((file) => existsSync(file));
    const files = [fileURLToPath(import.meta.url), ...readdirSync(dir).sort().map((name) => fileURLToPath(new URL(name, dir))), ...(installed ? [installed] : [])];
    return createHash('sha256').update(files.map((file) => readFileSync(file, 'utf8')).join('\n')).digest('hex');
  } catch {
    return `${process.pid}:${Date.now()}`;
  }
}

/**
 * Astro's glob loader for lessons, with MDX lessons rendered to HTML in the content layer, as
 * Markdown lessons are, instead of each being compiled as its own bundler module.
 *
 * Why: with @astrojs/mdx every .mdx file is a Vite module compiled on every build (about 1.2 MB of
 * memory per lesson, and no reuse between builds). Lessons are Markdown plus `<Callout>` and
 * `<Example>` with literal props (the content check refuses the rest), so their HTML can be
 * rendered once, kept by file digest, and reused by the next build while the file is unchanged.
 * Nothing in a lesson is ever run: a body that breaks the safety rules shows a notice instead
 * (`npm run build` stops before that; `npm run dev` checks only at start). .md lessons render
 * through the same queue. @astrojs/mdx still reads the frontmatter of .mdx files.
 */
export function lessonLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'micropath-lessons',
    load: async (loaderContext) => {
      const context = loaderContext as GlobContext;
      const entryTypes = new Map(context.entryTypes);
      const htmlDir = lessonHtmlDir(context.config.cacheDir);
      // Both kinds render through one queue (see renderInContentLayer); .md as Astro renders it.
      const render = renderInContentLayer(htmlDir);
      for (const [extension, mdx] of [['.mdx', true], ['.md', false]] as const) {
        const type = entryTypes.get(extension);
        if (type) entryTypes.set(extension, { ...type, getRenderFunction: (config) => render(config, mdx) });
      }
      const { store } = context;
      // The glob loader re-renders a file only when get() finds no entry with its digest. Also
      // render again an entry whose HTML file was cleaned away, and one whose file is gone: a
      // lesson renamed (.mdx to .md) or moved to another folder keeps its id and its digest, and
      // would keep the old path (its Edit link) and, for .mdx to .md, the old way of rendering.
      // The same goes for an entry from another content folder (MICROPATH_CONTENT switched between
      // builds): its file still exists, but its path is not where the lessons are now read from.
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base instanceof URL ? fileURLToPath(options.base) : (options.base ?? '.'));
      const fileGone = (entry: { filePath?: string } | undefined) => {
        if (entry?.filePath === undefined) return false;
        const file = resolve(root, entry.filePath);
        return !file.startsWith(base + sep) || !existsSync(file);
      };
      // Such an entry is deleted, not only hidden: Astro's store.set() ignores an entry whose digest
      // it already holds, and the digest is of the text alone, so the new path would be dropped.
      const get: Store['get'] = <TData extends Record<string, unknown>>(id: string) => {
        const entry = store.get<TData>(id);
        if (!isMissingHtml(entry) && !fileGone(entry)) return entry;
        if (entry) store.delete(id);
        return undefined;
      };
      // The glob loader asks has(id) only to warn of a duplicate id, and asks it of every changed
      // file it re-renders, which it finds in the store from the last build: a false warning on each
      // edit. The content check reports real duplicates, naming both files.
      const has = () => false;
      const scoped: Store = { ...store, get, has };
      const innerContext: GlobContext = {
        ...context,
        store: scoped,
        entryTypes,
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${RENDERER_SALT}\n${data}` : data),
      };
      // Astro 5's content store can lose its last write (withastro/astro#15672): a save it starts
      // after 500 ms without store.set() is still writing when the final save comes, which is then
      // dropped, and the build reads the stale data-store.json. A warm build of 10,000 lessons hit it
      // (reading unchanged files sets nothing) and published a changed lesson's old text. Setting a
      // meta key every 200 ms while lessons load keeps that first save from starting.
      const heartbeat = setInterval(() => context.meta.set('loading', 'lessons'), 200);
      try {
        await inner.load(innerContext);
      } finally {
        clearInterval(heartbeat);
      }
      pruneLessonHtml(htmlDir, store.values());
    },
  };
}

/**
 * Renders lesson bodies as Astro renders a Markdown entry (the project's Markdown settings: GFM,
 * Shiki, rehype plugins, images), after the safety rules; for MDX with MDX syntax and the lesson
 * components added.
 */
function renderInContentLayer(htmlDir: string): (config: LoaderContext['config'], mdx: boolean) => Promise<RenderFunction> {
  // One render at a time, across both kinds: the glob loader starts ten at once, and Shiki, loading
  // a language a code block needs while another render highlights with it, coloured an HTML block's
  // onclick wrongly. Rendering is CPU work on one thread, so taking turns costs nothing.
  let queue: Promise<unknown> = Promise.resolve();
  return async (config, mdx) => {
    const { markdown, image } = config;
    const remarkPlugins = [...(mdx ? [remarkMdxSyntax, remarkRefuseUnsafe, remarkLessonComponents] : [remarkRefuseUnsafe]), ...(markdown.remarkPlugins ?? [])];
    // A Markdown lesson's raw HTML is parsed into the tree before the project's rehype plugins (Astro
    // parses it last), so they see it too: `<a href="/lessons/x/">` gets the base path like [x](/lessons/x/).
    const rehypePlugins = [...(mdx ? [] : [rehypeRaw]), ...(markdown.rehypePlugins ?? []), rehypeRefuseUnsafeHtml];
    const processor = await createMarkdownProcessor({ image, ...markdown, remarkPlugins, rehypePlugins });
    const renderOne = async ({ body = '', filePath, digest }: Parameters<RenderFunction>[0]) => {
      // fileURL is internal to Astro's processor: it resolves the lesson's relative image paths.
      const rendered = await processor.render(body, { frontmatter: {}, fileURL: filePath ? pathToFileURL(filePath) : undefined } as Parameters<typeof processor.render>[1]);
      // Astro's image step rewrites the HTML after every check: judge what it would write.
      const unsafe = findUnsafeImageReference(rendered.code);
      const code = unsafe ? noticeHtml(holdsUnsafe(unsafe)) : rendered.code;
      // Not the frontmatter Astro's Markdown entries keep in their metadata: nothing reads it, and
      // Astro inlines the whole content store into the build, where a second copy of every lesson's
      // frontmatter costs memory and bundling time.
      const { headings, localImagePaths, remoteImagePaths } = unsafe ? { headings: [], localImagePaths: [], remoteImagePaths: [] } : rendered.metadata;
      const imagePaths = [...localImagePaths, ...remoteImagePaths];
      // The HTML goes to a file (see lesson-html-cache.ts), unless Astro must rewrite image paths in it.
      if (imagePaths.length > 0 || !digest) return { html: code, metadata: { headings, localImagePaths, remoteImagePaths, imagePaths } };
      return { html: '', metadata: { headings, ...writeLessonHtml(htmlDir, digest, code) } };
    };
    return (entry) => {
      const rendered = queue.then(() => renderOne(entry));
      queue = rendered.catch(() => undefined);
      return rendered;
    };
  };
}
