import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildHeadersFile, findInlineScripts, hashScript } from '../lib/build/security-headers';
import { checkContent } from '../lib/checks/check-content';
import { formatReport } from '../lib/checks/format-report';
import { readContentDir } from '../lib/node/read-content-dir';
import type { PortalSettings } from '../lib/node/portal-settings';

/**
 * The build around Astro: content checks before anything renders (every problem at once, exit 1 on
 * errors), then after the pages are written the Pagefind index, `_headers` and `.nojekyll`.
 */
export function micropath(settings: PortalSettings): AstroIntegration {
  return {
    name: 'micropath',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const { problems } = checkContent(readContentDir(settings.contentDir));
        const failed = problems.some((problem) => problem.severity === 'error');
        if (problems.length > 0) console.error(`\n${formatReport(problems, { github: process.env.GITHUB_ACTIONS === 'true' })}\n`);
        if (failed && command === 'build') {
          console.error('The build stopped because the content has errors.');
          process.exit(1);
        }
        logger.info(`content checked in ${Math.round(performance.now() - started)} ms`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);

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
