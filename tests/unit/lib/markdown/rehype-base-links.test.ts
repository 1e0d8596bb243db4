import { describe, expect, it } from 'vitest';
import { rehypeBaseLinks, withBase } from '../../../../src/lib/markdown/rehype-base-links';

describe('withBase', () => {
  it('adds the base to a root-relative link once', () => {
    expect(withBase('/lessons/write-alt-text/', '/my-portal/')).toBe(
      '/my-portal/lessons/write-alt-text/',
    );
    expect(withBase('/', '/my-portal/')).toBe('/my-portal/');
  });

  it('leaves a link that already carries the base alone', () => {
    expect(withBase('/my-portal/lessons/a/', '/my-portal/')).toBe('/my-portal/lessons/a/');
    expect(withBase('/my-portal', '/my-portal/')).toBe('/my-portal');
    expect(withBase(withBase('/lessons/a/', '/my-portal/'), '/my-portal/')).toBe(
      '/my-portal/lessons/a/',
    );
  });

  it('still prefixes a path that only starts with the same letters as the base', () => {
    expect(withBase('/my-portal-news/', '/my-portal/')).toBe('/my-portal/my-portal-news/');
  });

  it('leaves external, protocol-relative, relative and fragment links alone', () => {
    for (const url of [
      'https://www.w3.org/WAI/',
      '//cdn.example.org/x.js',
      'mailto:a@example.org',
      'lessons/a/',
      '../a/',
      '#objectives',
      '?q=alt',
    ]) {
      expect(withBase(url, '/my-portal/'), url).toBe(url);
    }
  });

  it('changes nothing when the base is /', () => {
    expect(withBase('/lessons/a/', '/')).toBe('/lessons/a/');
  });
});

describe('rehypeBaseLinks', () => {
  it('rewrites link and media URLs in the tree and nothing else', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: { href: '/lessons/a/' },
              children: [{ type: 'text' }],
            },
            {
              type: 'element',
              tagName: 'a',
              properties: { href: 'https://example.org/' },
              children: [],
            },
            { type: 'element', tagName: 'img', properties: { src: '/images/chart.png', alt: '' } },
            { type: 'element', tagName: 'span', properties: { title: '/not-a-link/' } },
          ],
        },
      ],
    };
    rehypeBaseLinks({ base: '/my-portal' })(tree);
    const [a, external, img, span] = tree.children[0]!.children;
    expect(a!.properties).toEqual({ href: '/my-portal/lessons/a/' });
    expect(external!.properties).toEqual({ href: 'https://example.org/' });
    expect(img!.properties).toEqual({ src: '/my-portal/images/chart.png', alt: '' });
    expect(span!.properties).toEqual({ title: '/not-a-link/' });
  });
});

describe('rehypeBaseLinks on HTML written in MDX', () => {
  it('prefixes the base on an <img> tag written in a lesson, once', () => {
    const tree = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'img', attributes: [{ type: 'mdxJsxAttribute', name: 'src', value: '/logo.svg' }, { type: 'mdxJsxAttribute', name: 'alt', value: '' }], children: [] }] };
    rehypeBaseLinks({ base: '/x/' })(tree as never);
    expect(tree.children[0]!.attributes.map((attribute) => attribute.value)).toEqual(['/x/logo.svg', '']);
  });
});

describe('rehypeBaseLinks on media', () => {
  it('prefixes caption tracks, posters and every URL of a srcset, so captions load under a base path', async () => {
    const { createMarkdownProcessor } = await import('@astrojs/markdown-remark');
    const { remarkLessonComponents, remarkMdxSyntax } = await import('../../../../src/lib/markdown/remark-lesson-components');
    const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMdxSyntax, remarkLessonComponents], rehypePlugins: [[rehypeBaseLinks, { base: '/my-portal/' }]], syntaxHighlight: false });
    const { code } = await processor.render(
      '<video src="/media/clip.mp4" poster="/media/clip.jpg" controls>\n  <track kind="captions" src="/media/clip.vtt" srclang="en" label="English" />\n</video>\n\n<img src="/images/a.png" srcset="/images/a.png 1x, /images/a@2x.png 2x" alt="A chart" />',
    );
    expect(code).toContain('src="/my-portal/media/clip.mp4"');
    expect(code).toContain('poster="/my-portal/media/clip.jpg"');
    expect(code).toContain('<track kind="captions" src="/my-portal/media/clip.vtt"');
    expect(code).toContain('srcset="/my-portal/images/a.png 1x, /my-portal/images/a@2x.png 2x"');
  });
});
