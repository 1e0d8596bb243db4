import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseYaml } from '../content/parse-yaml';

/** Where and how the portal is built: content folder, public URL, base path, output folder. */
export interface PortalSettings {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Public URL, if known. */
  site?: string;
  /** Base path, always with a leading and trailing slash. */
  base: string;
  /** Output folder. */
  outDir: string;
}

/**
 * Reads the hosting settings: environment variables (MICROPATH_CONTENT, MICROPATH_SITE,
 * MICROPATH_BASE, MICROPATH_OUT) override `site.yaml`, which overrides the defaults.
 */
export function readPortalSettings(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): PortalSettings {
  const contentDir = resolve(cwd, env.MICROPATH_CONTENT || 'content');
  const siteFile = join(contentDir, 'site.yaml');
  let fromFile: { url?: unknown; base?: unknown } = {};
  try {
    if (existsSync(siteFile)) fromFile = (parseYaml(readFileSync(siteFile, 'utf8')) ?? {}) as typeof fromFile;
  } catch {
    // The content check reports a broken site.yaml with its line; the settings fall back to defaults.
  }
  const site = env.MICROPATH_SITE || (typeof fromFile.url === 'string' ? fromFile.url : undefined);
  // A portal published at https://example.org/adc/ is served under /adc/ unless a base says otherwise.
  const base = normaliseBase(env.MICROPATH_BASE || (typeof fromFile.base === 'string' ? fromFile.base : pathOf(site)));
  return { contentDir, site, base, outDir: resolve(cwd, env.MICROPATH_OUT || 'dist') };
}

function pathOf(url: string | undefined): string {
  try {
    return url ? new URL(url).pathname : '/';
  } catch {
    return '/'; // The content check reports a malformed url.
  }
}

/** `my-portal`, `/my-portal` and `/my-portal/` all become `/my-portal/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
