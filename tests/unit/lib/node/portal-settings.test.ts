import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseBase, readPortalSettings } from '../../../../src/lib/node/portal-settings';

const cwd = mkdtempSync(join(tmpdir(), 'micropath-settings-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Writes `<cwd>/<dir>/site.yaml`. */
function writeSite(dir: string, text: string) {
  mkdirSync(join(cwd, dir), { recursive: true });
  writeFileSync(join(cwd, dir, 'site.yaml'), text);
}

describe('readPortalSettings', () => {
  it('reads url and base from content/site.yaml when no variable is set', () => {
    writeSite('content', 'id: a\ntitle: A\nurl: https://example.org/portal/\nbase: my-portal\n');
    expect(readPortalSettings({}, cwd)).toEqual({
      contentDir: join(cwd, 'content'),
      site: 'https://example.org/portal/',
      base: '/my-portal/',
      outDir: join(cwd, 'dist'),
    });
  });

  it('serves a portal whose url has a path under that path when no base is set', () => {
    writeSite('pathed', 'id: c\ntitle: C\nurl: https://example.org/adc/\n');
    expect(readPortalSettings({ MICROPATH_CONTENT: 'pathed' }, cwd).base).toBe('/adc/');
    expect(readPortalSettings({ MICROPATH_CONTENT: 'pathed', MICROPATH_SITE: 'https://x.example/' }, cwd).base).toBe('/');
  });

  it('lets environment variables override site.yaml and the defaults', () => {
    writeSite('other', 'id: b\ntitle: B\nurl: https://example.org/b/\nbase: /b/\n');
    const env = {
      MICROPATH_CONTENT: 'other',
      MICROPATH_SITE: 'https://ci.example.org/',
      MICROPATH_BASE: '/from-env',
      MICROPATH_OUT: 'build',
    };
    expect(readPortalSettings(env, cwd)).toEqual({
      contentDir: join(cwd, 'other'),
      site: 'https://ci.example.org/',
      base: '/from-env/',
      outDir: join(cwd, 'build'),
    });
  });

  it('treats an empty variable as unset', () => {
    writeSite('content', 'id: a\ntitle: A\nbase: /from-file/\n');
    expect(readPortalSettings({ MICROPATH_BASE: '' }, cwd).base).toBe('/from-file/');
  });

  it('falls back to the defaults when site.yaml is missing or cannot be read', () => {
    expect(readPortalSettings({ MICROPATH_CONTENT: 'nowhere' }, cwd)).toMatchObject({
      site: undefined,
      base: '/',
    });
    writeSite('broken', 'base: /x/\nid: [unclosed\n');
    expect(readPortalSettings({ MICROPATH_CONTENT: 'broken' }, cwd)).toMatchObject({
      site: undefined,
      base: '/',
    });
  });
});

describe('normaliseBase', () => {
  it('gives every form of a base path one leading and one trailing slash', () => {
    for (const base of [
      'my-portal',
      '/my-portal',
      '/my-portal/',
      'my-portal/',
      '//my-portal//',
      ' /my-portal/ ',
    ]) {
      expect(normaliseBase(base), base).toBe('/my-portal/');
    }
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });

  it('turns an empty or root base into /', () => {
    for (const base of ['', '/', '//', ' '])
      expect(normaliseBase(base), JSON.stringify(base)).toBe('/');
  });
});
