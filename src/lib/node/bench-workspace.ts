import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../bench/generate-content';

/**
 * A private copy of the project for benchmark builds: its own `.astro/`, content-layer cache and
 * output folder, so benchmark builds never touch the repository's caches, `dist/` or `content/`
 * (other builds may be running there), and "cold" can delete caches safely.
 */
export interface BenchWorkspace {
  /** The temporary folder holding everything below. */
  root: string;
  /** The project copy Astro builds (src/, public/, config; node_modules links to the repository's packages). */
  projectDir: string;
  /** Generated content (MICROPATH_CONTENT). */
  contentDir: string;
  /** Build output (MICROPATH_OUT). */
  outDir: string;
  /** Astro's cacheDir, where the content layer keeps data-store.json between builds. */
  cacheDir: string;
  /** The Astro config file the builds use (the project's, with cacheDir pointed inside the workspace). */
  configFile: string;
}

/** Caches tools keep in node_modules; each workspace has its own. */
const CACHE_FOLDERS = new Set(['.vite', '.astro', '.cache']);

/** What the project copy needs to build (`npm run build`'s two steps); tests, other scripts and content stay behind. */
const PROJECT_FILES = ['src', 'public', 'scripts/index-search.mjs', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project at `repoRoot` into a new temporary workspace. */
export function createBenchWorkspace(repoRoot: string, parent = tmpdir()): BenchWorkspace {
  const root = mkdtempSync(join(parent, 'micropath-bench-'));
  const projectDir = join(root, 'project');
  mkdirSync(projectDir);
  for (const name of PROJECT_FILES) if (existsSync(join(repoRoot, name))) cpSync(join(repoRoot, name), join(projectDir, name), { recursive: true });
  // node_modules: a folder of links to the repository's packages rather than one link to the
  // folder, so the caches Vite and Astro keep inside it (.vite, .astro) stay in the workspace.
  const modules = join(projectDir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (!CACHE_FOLDERS.has(name)) symlinkSync(join(repoRoot, 'node_modules', name), join(modules, name), 'dir');
  }
  const cacheDir = join(root, 'cache');
  const configFile = join(projectDir, 'astro.bench.config.mjs');
  writeFileSync(
    configFile,
    `// Written by the benchmark: the project's config, with Astro's cache kept inside the workspace.\n` +
      `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: ${JSON.stringify(`${cacheDir}/`)} };\n`,
  );
  return { root, projectDir, contentDir: join(root, 'content'), outDir: join(projectDir, 'dist'), cacheDir, configFile };
}

/** Replaces the workspace's content folder with `files`. */
export function writeContent(workspace: BenchWorkspace, files: readonly GeneratedFile[]): void {
  rmSync(workspace.contentDir, { recursive: true, force: true });
  for (const file of files) writeFile(join(workspace.contentDir, file.path), file.text);
}

/** Writes one file, creating its folder. */
export function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Deletes the output folder, `.astro/`, Vite's dependency cache and the content-layer cache, so the next build is cold. */
export function clearBuildCaches(workspace: BenchWorkspace): void {
  for (const dir of [workspace.outDir, join(workspace.projectDir, '.astro'), join(workspace.projectDir, 'node_modules', '.vite'), workspace.cacheDir]) rmSync(dir, { recursive: true, force: true });
}

/** Removes the whole workspace. */
export function removeBenchWorkspace(workspace: BenchWorkspace): void {
  rmSync(workspace.root, { recursive: true, force: true });
}
