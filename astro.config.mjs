// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { micropath } from './src/integration/micropath.ts';
import { rehypeBaseLinks } from './src/lib/markdown/rehype-base-links.ts';
import { readPortalSettings } from './src/lib/node/portal-settings.ts';

// MICROPATH_CONTENT, MICROPATH_SITE, MICROPATH_BASE and MICROPATH_OUT override content/site.yaml.
const settings = readPortalSettings();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No request to another origin: nothing is prefetched from or sent to anywhere else.
  prefetch: false,
  devToolbar: { enabled: false },
  markdown: { rehypePlugins: [[rehypeBaseLinks, { base: settings.base }]] },
  // optimize: MDX lessons compile to static HTML strings instead of a tree of JSX calls, which makes
  // every lesson module smaller for Vite to bundle and faster to render (the same HTML comes out).
  integrations: [micropath(settings), mdx({ optimize: true }), react()],
});
