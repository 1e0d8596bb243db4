import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseEntry } from '../content/parse-entry';
import type { ContentKind, RawContent, RawEntry } from '../content/raw-content';

/** File endings each folder of `content/` holds. */
const PATTERNS: Record<Exclude<ContentKind, 'site'>, RegExp> = {
  competencies: /\.ya?ml$/i,
  lessons: /\.mdx?$/i,
  assessments: /\.ya?ml$/i,
  certifications: /\.ya?ml$/i,
};

/** Node adapter: reads a content folder into raw entries (paths in messages are relative to `cwd`). */
export function readContentDir(root: string, cwd = process.cwd()): RawContent {
  const display = (path: string) => relative(cwd, path).split(sep).join('/');
  const read = (kind: ContentKind, path: string): RawEntry => parseEntry(kind, display(path), readFileSync(path, 'utf8'));
  const sitePath = ['site.yaml', 'site.yml'].map((name) => join(root, name)).find((path) => existsSync(path));
  const list = (kind: Exclude<ContentKind, 'site'>) => listFiles(join(root, kind), PATTERNS[kind]).map((path) => read(kind, path));
  return {
    root: display(root) || '.',
    site: sitePath ? read('site', sitePath) : undefined,
    competencies: list('competencies'),
    lessons: list('lessons'),
    assessments: list('assessments'),
    certifications: list('certifications'),
    svgs: listSvgs(root).map((path) => ({ file: display(path), text: readFileSync(path, 'utf8') })),
  };
}

/**
 * Files below `dir` whose names match, sorted so reports are stable. Exactly the files the build's
 * glob (`**\/[^_.]*.{md,mdx}`) publishes: hidden folders and files skipped, `_` only for file names,
 * so nothing is ever published without being checked.
 */
export function listFiles(dir: string, pattern: RegExp): string[] {
  return listBelow(dir, (parts) => {
    const file = parts.at(-1) ?? '';
    return pattern.test(file) && !parts.some((part) => part.startsWith('.')) && !file.startsWith('_');
  });
}

/** Every SVG below `dir`, hidden and `_` names too: a lesson can use any of them as an image. */
function listSvgs(dir: string): string[] {
  return listBelow(dir, (parts) => /\.svg$/i.test(parts.at(-1) ?? ''));
}

/** The files below `dir` whose path parts `keep` accepts, sorted; none when `dir` is not a folder. */
function listBelow(dir: string, keep: (parts: string[]) => boolean): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => keep(name.split(/[\\/]/)))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}
