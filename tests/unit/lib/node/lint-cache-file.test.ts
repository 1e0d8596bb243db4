import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src/lib/checks/problem';
import { digestLintCode, openLintCache } from '../../../../src/lib/node/lint-cache-file';

const dirs: string[] = [];
const cacheFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'micropath-lint-cache-'));
  dirs.push(dir);
  return join(dir, 'cache', 'micropath-lint.json');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const headingProblem: Problem = { severity: 'error', rule: 'h1-in-body', file: 'content/lessons/a.mdx', field: 'body', message: 'm', fix: 'f', line: 3 };

describe('openLintCache', () => {
  it('finds the results of the last build again under the same lint code', () => {
    const file = cacheFile();
    const first = openLintCache(file, 'v1');
    first.set('a', [headingProblem]);
    first.set('b', []);
    first.save();
    const second = openLintCache(file, 'v1');
    expect([second.get('a'), second.get('b'), second.get('c')]).toEqual([[headingProblem], [], undefined]);
    expect(second.hits).toBe(2);
  });

  it('forgets every result when the lint code changed', () => {
    const file = cacheFile();
    const first = openLintCache(file, 'v1');
    first.set('a', []);
    first.save();
    expect(openLintCache(file, 'v2').get('a')).toBeUndefined();
  });

  it('keeps only the results the last build used, so removed lessons leave nothing behind', () => {
    const file = cacheFile();
    const first = openLintCache(file, 'v1');
    first.set('removed', []);
    first.set('kept', []);
    first.save();
    const second = openLintCache(file, 'v1');
    second.get('kept');
    second.save();
    const third = openLintCache(file, 'v1');
    expect([third.get('kept'), third.get('removed')]).toEqual([[], undefined]);
  });

  it('starts empty from a damaged cache file instead of failing the build', () => {
    const file = cacheFile();
    openLintCache(file, 'v1').save();
    writeFileSync(file, '{"version":"v1","resu');
    expect(openLintCache(file, 'v1').get('a')).toBeUndefined();
  });
});

describe('digestLintCode', () => {
  it('changes when a rule changes, so a build never reuses results of the old rule', () => {
    const src = join(dirname(cacheFile()), 'src');
    for (const folder of ['lib/checks', 'lib/content', 'schemas']) mkdirSync(join(src, folder), { recursive: true });
    writeFileSync(join(src, 'lib/checks/lint-rule.ts'), 'export const rule = 1;');
    const before = digestLintCode(src);
    expect(digestLintCode(src)).toBe(before);
    writeFileSync(join(src, 'lib/checks/lint-rule.ts'), 'export const rule = 2;');
    expect(digestLintCode(src)).not.toBe(before);
  });
});
