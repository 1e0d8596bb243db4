import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, readContentDir } from '../../../../src/lib/node/read-content-dir';
import { repoRoot } from '../../../helpers/content-files';

const cwd = mkdtempSync(join(tmpdir(), 'micropath-read-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function write(path: string, text = 'title: x\n') {
  mkdirSync(dirname(join(cwd, path)), { recursive: true });
  writeFileSync(join(cwd, path), text);
}

describe('readContentDir', () => {
  it('reads every kind of file with paths relative to the working directory', () => {
    const raw = readContentDir(join(repoRoot, 'tests/fixtures/content/valid'), repoRoot);
    expect(raw.root).toBe('tests/fixtures/content/valid');
    expect(raw.site?.file).toBe('tests/fixtures/content/valid/site.yaml');
    expect(raw.competencies.map((entry) => entry.id)).toEqual(['area-one', 'skill-a', 'skill-b']);
    expect(raw.lessons.map((entry) => entry.file)).toEqual([
      'tests/fixtures/content/valid/lessons/lesson-one.mdx',
      'tests/fixtures/content/valid/lessons/lesson-three.mdx',
      'tests/fixtures/content/valid/lessons/lesson-two.mdx',
    ]);
    expect(raw.assessments.map((entry) => entry.id)).toEqual(['skill-a']);
    expect(raw.certifications.map((entry) => entry.id)).toEqual(['cert']);
  });

  it('reads exactly what the build publishes: sub-folders (even _ ones), not hidden folders, _ files or other types', () => {
    write('c/site.yml', 'id: a\n');
    write('c/lessons/area/one.mdx', '---\ntitle: One\n---\n');
    write('c/lessons/two.md', '---\ntitle: Two\n---\n');
    write('c/lessons/_partial.mdx', '---\n---\n');
    write('c/lessons/_drafts/three.mdx', '---\n---\n');
    write('c/lessons/.hidden/four.mdx', '---\n---\n');
    write('c/lessons/notes.txt', 'notes');
    write('c/competencies/a.yml');
    write('c/competencies/b.yaml');
    write('c/competencies/README.md', '# not a competency');
    const raw = readContentDir(join(cwd, 'c'), cwd);
    expect(raw.site?.file).toBe('c/site.yml');
    expect(raw.lessons.map((entry) => entry.file)).toEqual([
      'c/lessons/_drafts/three.mdx',
      'c/lessons/area/one.mdx',
      'c/lessons/two.md',
    ]);
    expect(raw.competencies.map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  it('reads a folder with nothing in it as empty lists and no site', () => {
    mkdirSync(join(cwd, 'empty'));
    expect(readContentDir(join(cwd, 'empty'), cwd)).toEqual({
      root: 'empty',
      site: undefined,
      competencies: [],
      lessons: [],
      assessments: [],
      certifications: [],
      svgs: [],
    });
  });

  it('reads every SVG, in hidden and _ folders too, since a lesson can use any of them as an image', () => {
    write('svg/lessons/a/figure.svg', '<svg/>');
    write('svg/lessons/.drafts/_b.svg', '<svg/>');
    write('svg/lessons/a/notes.txt', 'x');
    expect(readContentDir(join(cwd, 'svg'), cwd).svgs).toEqual([
      { file: 'svg/lessons/.drafts/_b.svg', text: '<svg/>' },
      { file: 'svg/lessons/a/figure.svg', text: '<svg/>' },
    ]);
  });
});

describe('listFiles', () => {
  it('returns nothing for a folder that does not exist or is a file', () => {
    write('file.yaml');
    expect(listFiles(join(cwd, 'missing'), /\.yaml$/)).toEqual([]);
    expect(listFiles(join(cwd, 'file.yaml'), /\.yaml$/)).toEqual([]);
  });
});
