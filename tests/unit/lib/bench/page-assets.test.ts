import { describe, expect, it } from 'vitest';
import { findDynamicImports, findStaticImports, isFrameworkCode, listPageAssets, resolveSitePath } from '../../../../src/lib/bench/page-assets';

const PAGE = `<!doctype html><html><head>
<script>(()=>{document.documentElement.dataset.theme='dark'})()</script>
<style>:root{--brand:#123}</style>
<link rel="stylesheet" href="/_astro/page.css">
<link rel="modulepreload" href="/_astro/preload.js">
<link rel="icon" href="/logo.svg">
<script type="application/ld+json">{"@type":"Course"}</script>
</head><body>
<astro-island uid="Z1" component-url="/_astro/Quiz.abc.js" component-export="default" renderer-url="/_astro/client.def.js" client="visible" props="{&quot;a&quot;:1}"></astro-island>
<script type="module" src="/_astro/hoisted.js"></script>
</body></html>`;

describe('listPageAssets', () => {
  it('lists eager scripts, stylesheets and islands, and skips data scripts and icons', () => {
    expect(listPageAssets(PAGE)).toEqual({
      scripts: [{ inline: "(()=>{document.documentElement.dataset.theme='dark'})()" }, { url: '/_astro/hoisted.js' }, { url: '/_astro/preload.js' }],
      styles: [{ url: '/_astro/page.css' }, { inline: ':root{--brand:#123}' }],
      islands: [{ componentUrl: '/_astro/Quiz.abc.js', rendererUrl: '/_astro/client.def.js', client: 'visible' }],
    });
  });
});

describe('findStaticImports', () => {
  it('finds minified static imports and re-exports but not dynamic imports', () => {
    const code = 'import{j as a}from"./jsx.js";import"./side.js";export*from"./all.js";export{b}from\'./b.js\';const c=()=>import("./lazy.js");';
    expect(findStaticImports(code)).toEqual(['./jsx.js', './side.js', './all.js', './b.js']);
  });
});

describe('findDynamicImports', () => {
  it('finds import("…") with a literal specifier, not static imports or computed URLs', () => {
    const code = 'import{_ as c}from"./preload.js";c(async()=>{await import("./quiz-client.js").then(n=>n.q)});const p=import(url);x.import("./not.js");import ( \'./spaced.js\' )';
    expect(findDynamicImports(code)).toEqual(['./quiz-client.js', './spaced.js']);
  });
});

describe('resolveSitePath', () => {
  it('resolves relative and root paths against the importing file, and ignores other origins and bare names', () => {
    expect(resolveSitePath('./b.js', '/_astro/a.js')).toBe('/_astro/b.js');
    expect(resolveSitePath('/x/y.js', '/_astro/a.js')).toBe('/x/y.js');
    expect(resolveSitePath('https://cdn.example/x.js', '/_astro/a.js')).toBeUndefined();
    expect(resolveSitePath('react', '/_astro/a.js')).toBeUndefined();
  });
});

describe('isFrameworkCode', () => {
  it('recognises React and the island runtime, not plain page scripts', () => {
    expect(isFrameworkCode('customElements.define("astro-island",class extends HTMLElement{})')).toBe(true);
    expect(isFrameworkCode('Symbol.for("react.transitional.element")')).toBe(true);
    expect(isFrameworkCode('document.querySelector(".theme-toggle")')).toBe(false);
  });
});
