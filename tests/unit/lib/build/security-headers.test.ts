import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildHeadersFile,
  findInlineScripts,
  hashScript,
} from '../../../../src/lib/build/security-headers';

describe('findInlineScripts', () => {
  it('finds inline scripts, with or without attributes, keeping their exact text', () => {
    const html = `<head><script>document.documentElement.dataset.theme = 'dark';</script>
      <script type="module">\n  import('/x.js');\n</script><SCRIPT is:inline>a()</SCRIPT></head>`;
    expect(findInlineScripts(html)).toEqual([
      "document.documentElement.dataset.theme = 'dark';",
      "\n  import('/x.js');\n",
      'a()',
    ]);
  });

  it('skips scripts loaded from a file, JSON data blocks and empty scripts', () => {
    const html = [
      '<script src="/_astro/page.js"></script>',
      '<script type="module" src=/_astro/island.js></script>',
      '<script type="application/ld+json">{"@type":"Course"}</script>',
      "<script type='application/json' id=data>{}</script>",
      '<script>  \n </script>',
      '<script data-src="x">kept()</script>',
    ].join('\n');
    expect(findInlineScripts(html)).toEqual(['kept()']);
  });
});

describe('hashScript', () => {
  it("gives the CSP source 'sha256-<base64>' of the script's UTF-8 text", () => {
    const body = "console.log('é')";
    const expected = createHash('sha256').update(Buffer.from(body, 'utf8')).digest('base64');
    expect(hashScript(body)).toBe(`'sha256-${expected}'`);
    expect(hashScript('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('buildHeadersFile', () => {
  const file = buildHeadersFile('/my-portal/', ["'sha256-bbb='", "'sha256-aaa='", "'sha256-bbb='"]);
  const csp = /Content-Security-Policy: (.*)/.exec(file)?.[1] ?? '';

  it('allows only this origin: no other host, scheme or wildcard in any directive', () => {
    const sources = csp.split('; ').flatMap((directive) => directive.split(' ').slice(1));
    const allowed =
      /^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:)$/;
    expect(sources.filter((source) => !allowed.test(source))).toEqual([]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('lists each inline-script hash once, sorted, in script-src', () => {
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-aaa=' 'sha256-bbb='");
    expect(buildHeadersFile('/', [])).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('caches fingerprinted assets under the base for a year', () => {
    expect(file).toContain(
      '/my-portal/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(file.startsWith('/*\n')).toBe(true);
  });
});
