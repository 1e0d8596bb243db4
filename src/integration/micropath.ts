import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentStoreAsJson } from './content-store-module';
import { buildHeadersFile, findInlineScripts, hashScript } from '../lib/build/security-headers';
import { checkContent } from '../lib/checks/check-content';
import { formatReport } from '../lib/checks/format-report';
import { digestLintCode, openLintCache } from '../lib/node/lint-cache-file';
import { readContentDir } from '../lib/node/read-content-dir';
import type { PortalSettings } from '../lib/node/portal-settings';

/**
 * The build around Astro: content checks before anything renders (every problem at once, exit 1 on
 * errors), Astro's content store bundled as JSON (see content-store-module.ts), then after the pages
 * are written `_headers` and `.nojekyll`. The Pagefind index is the
 * next step of `npm run build` (scripts/index-search.mjs), once Astro's process has exited.
 */
export function micropath(settings: PortalSettings): AstroIntegration {
  return {
    name: 'micropath',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') updateConfig({ vite: { plugins: [contentStoreAsJson(config.cacheDir)] } });
        const started = performance.now();
        // Kept beside Astro's content-layer cache, so whatever clears one (a cold build) clears both.
        const lintCache = openLintCache(join(fileURLToPath(config.cacheDir), 'micropath-lint.json'), digestLintCode(fileURLToPath(config.srcDir)));
        const { problems } = checkContent(readContentDir(settings.contentDir), lintCache);
        lintCache.save();
        const failed = problems.some((problem) => problem.severity === 'error');
        if (problems.length > 0) console.error(`\n${formatReport(problems, { github: process.env.GITHUB_ACTIONS === 'true' })}\n`);
        if (failed && command === 'build') {
          console.error('The build stopped because the content has errors.');
          process.exit(1);
        }
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms (${lintCache.hits} lesson bodies unchanged since the last build)`);
      },
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const hashes = listFiles(outDir, '.html').flatMap((file) => findInlineScripts(readFileSync(file, 'utf8')).map(hashScript));
        writeFileSync(join(outDir, '_headers'), buildHeadersFile(settings.base, hashes));
        writeFileSync(join(outDir, '.nojekyll'), '');
      },
    },
  };
}

function listFiles(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(ending)).map((name) => join(dir, name));
}
