import { describe, expect, it } from 'vitest';
import { rehypeRefuseUnsafeHtml } from '../../../../src/lib/markdown/rehype-refuse-unsafe-html';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };

const element = (tagName: string, properties: Record<string, unknown> = {}, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });

/** The text of the tree after the check, as a reader would see it. */
function check(...children: Node[]): string {
  const tree: Node = { type: 'root', children };
  rehypeRefuseUnsafeHtml()(tree as never);
  const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
  return text(tree);
}

describe('rehypeRefuseUnsafeHtml', () => {
  it('keeps a lesson whose HTML runs nothing, including the words "javascript:" in alt and title', () => {
    const tree = [
      element('p', {}, [{ type: 'text', value: 'Press ' }, element('kbd', {}, [{ type: 'text', value: 'Tab' }])]),
      element('img', { src: '/a.png', alt: 'javascript: in a slide', srcSet: ['/a.png 1x', '/a@2x.png 2x'] }),
      element('abbr', { title: 'javascript: scheme', ariaLabel: 'javascript: scheme' }, [{ type: 'text', value: 'JS' }]),
      element('pre', { className: ['astro-code'], style: 'color: #333' }, [element('code', {}, [{ type: 'text', value: 'x' }])]),
    ];
    expect(check(...tree)).toBe('Press TabJSx');
  });

  it.each([
    ['an event handler', element('img', { src: '/a.png', onError: 'steal()' }), 'an event handler (onError) on <img>'],
    ['srcdoc', element('p', {}, [element('span', { srcDoc: '<b>x</b>' })]), 'srcdoc on <span>'],
    ['a script address with a tab in its scheme', element('area', { href: 'jav\tascript:steal()' }), 'a script address in href on <area>'],
    ['a script address in an SVG link', element('svg', {}, [element('a', { xLinkHref: 'javascript:steal()' })]), 'a script address in xLinkHref on <a>'],
    ['a script address in an attribute outside the usual list', element('blockquote', { cite: 'vbscript:steal()' }), 'a script address in cite on <blockquote>'],
    ['a script address in a list value', element('img', { srcSet: ['/a.png 1x', 'javascript:steal() 2x'] }), 'a script address in srcSet on <img>'],
    ['an element that runs code', element('div', {}, [element('script', {}, [{ type: 'text', value: 'steal()' }])]), 'a <script> element'],
    ["the build's own image attribute", element('img', { alt: 'A logo', __ASTRO_IMAGE_: '{"src":"https://example.org/x.png","onerror":"steal()"}' }), "the build's own attribute __ASTRO_IMAGE_ on <img>"],
    ["Astro's image marker in text", element('p', {}, [{ type: 'text', value: 'Astro writes __ASTRO_IMAGE_="{…}" on images.' }]), "the build's image marker __ASTRO_IMAGE_"],
    ["Astro's image marker in a comment", { type: 'comment', value: '__ASTRO_IMAGE_="{' }, "the build's image marker __ASTRO_IMAGE_"],
    ['a script address in a form value', element('input', { value: 'javascript:void(0)' }), 'a script address in value on <input>'],
    ['an HTML document as a data address', element('a', { href: 'data:text/html,<script>steal()</script>' }), 'a script address in href on <a>'],
  ])('shows only a notice for %s', (_, node, what) => {
    expect(check(element('p', {}, [{ type: 'text', value: 'Before.' }]), node)).toBe(
      `This lesson is not shown. It holds ${what}, which could run code in your browser. Run npm run check for every problem and its fix.`,
    );
  });
});
