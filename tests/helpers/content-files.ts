import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../../src/lib/checks/check-content';
import type { Problem } from '../../src/lib/checks/problem';
import { parseEntry } from '../../src/lib/content/parse-entry';
import type { ContentKind, RawContent } from '../../src/lib/content/raw-content';

/** The repository root, whatever the current directory. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The smallest valid portal, relative to the repository root. */
export const VALID_FIXTURE = 'tests/fixtures/content/valid';

/** A content folder in memory: path inside the folder (e.g. `lessons/a.mdx`) → file text. */
export type ContentFiles = Record<string, string>;

/** A fresh copy of a fixture folder's files, so a test can change them freely. */
export function readFixtureFiles(dir = VALID_FIXTURE): ContentFiles {
  const root = join(repoRoot, dir);
  const files: ContentFiles = {};
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(root, name);
    try {
      files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
    } catch {
      // A folder: its files are listed on their own.
    }
  }
  return files;
}

/**
 * Replaces `from` with `to` in one file. Throws when `from` is absent, so a test can never
 * silently check the unchanged fixture.
 */
export function edit(files: ContentFiles, path: string, from: string, to: string): ContentFiles {
  const text = files[path];
  if (text === undefined) throw new Error(`no file ${path} in the fixture`);
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  files[path] = text.replace(from, to);
  return files;
}

/** Builds the raw content the node adapter would read from these files under `root`. */
export function toRawContent(files: ContentFiles, root = 'content'): RawContent {
  const raw: RawContent = {
    root,
    competencies: [],
    lessons: [],
    assessments: [],
    certifications: [],
  };
  for (const path of Object.keys(files).sort()) {
    const file = `${root}/${path}`;
    if (path === 'site.yaml' || path === 'site.yml') {
      raw.site = parseEntry('site', file, files[path]!);
      continue;
    }
    const kind = path.split('/')[0] as Exclude<ContentKind, 'site'>;
    if (!(kind in raw)) throw new Error(`${path} is not in a content folder`);
    raw[kind].push(parseEntry(kind, file, files[path]!));
  }
  return raw;
}

/** Every problem the content check finds in these files. */
export function checkFiles(files: ContentFiles): Problem[] {
  return checkContent(toRawContent(files)).problems;
}
