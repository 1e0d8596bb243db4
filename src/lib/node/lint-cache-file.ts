import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LintCache } from '../checks/lint-cache';
import type { Problem } from '../checks/problem';

/** The lint cache on disk: results of the last build, valid only for the same lint code. */
interface StoredLintCache {
  version: string;
  results: Record<string, Problem[]>;
}

/** Node adapter: a lint cache kept in `file` between builds; `save` writes the results this run used, so it never outgrows the content. */
export function openLintCache(file: string, version: string): LintCache & { save(): void; hits: number } {
  const stored = readStored(file);
  const known = stored?.version === version ? stored.results : {};
  const used: Record<string, Problem[]> = {};
  const cache = {
    hits: 0,
    digest: (text: string) => createHash('sha256').update(text).digest('base64url'),
    get(key: string) {
      const problems = Object.hasOwn(known, key) ? known[key] : undefined;
      if (problems) {
        used[key] = problems;
        cache.hits++;
      }
      return problems;
    },
    set(key: string, problems: Problem[]) {
      used[key] = problems;
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      // Written aside and renamed, so a build stopped halfway leaves the old cache or the new one, never half of one.
      writeFileSync(`${file}.tmp`, JSON.stringify({ version, results: used } satisfies StoredLintCache));
      renameSync(`${file}.tmp`, file);
    },
  };
  return cache;
}

function readStored(file: string): StoredLintCache | undefined {
  try {
    const parsed = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredLintCache) : undefined;
    return parsed && typeof parsed.version === 'string' && parsed.results && typeof parsed.results === 'object' ? parsed : undefined;
  } catch {
    return undefined; // A damaged cache is only a slower build.
  }
}

/** Packages whose parsing the lint results depend on. */
const PARSERS = ['mdast-util-from-markdown', 'micromark-extension-mdxjs', 'mdast-util-mdx'];

/**
 * The lint code's version: a digest of Micropath's check, content and schema sources under `srcDir`
 * and the parser versions, so a changed rule or parser never reuses a stale result.
 */
export function digestLintCode(srcDir: string): string {
  const hash = createHash('sha256');
  for (const folder of ['lib/checks', 'lib/content', 'schemas']) {
    const dir = join(srcDir, folder);
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (/\.(ts|mjs|js|json)$/.test(name)) hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  for (const name of PARSERS) {
    // Read from node_modules directly: these packages' exports do not include package.json.
    const manifest = join(srcDir, '..', 'node_modules', name, 'package.json');
    hash.update(`${name}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : '?'}`);
  }
  return hash.digest('base64url');
}
