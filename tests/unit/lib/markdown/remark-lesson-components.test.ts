import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { needsMdxCompiler, remarkLessonComponents, remarkMdxSyntax } from '../../../../src/lib/markdown/remark-lesson-components';

// The processor the lesson loader builds: Astro's Markdown pipeline plus MDX syntax and the components.
const processor = await createMarkdownProcessor({ remarkPlugins: [remarkMdxSyntax, remarkLessonComponents], syntaxHighlight: false });
const render = async (body: string) => (await processor.render(body)).code.replace(/>\s+</g, '><').trim();

describe('remarkLessonComponents', () => {
  it('needs no MDX compiler for a body it rendered', async () => {
    expect(needsMdxCompiler((await processor.render('<Callout>x</Callout>')).metadata)).toBeUndefined();
  });

  it('renders a block <Callout> with the markup of Callout.astro', async () => {
    expect(await render('<Callout kind="warning">\n\nMind the **gap**.\n\n</Callout>')).toBe(
      '<aside class="callout warning" aria-label="Watch out"><span class="callout-label">Watch out</span><p>Mind the <strong>gap</strong>.</p></aside>',
    );
  });

  it('renders a one-line <Callout> without a paragraph around or inside it, as MDX does', async () => {
    expect(await render('<Callout title="Remember">Keep it short.</Callout>')).toBe(
      '<aside class="callout note" aria-label="Remember"><span class="callout-label">Remember</span>Keep it short.</aside>',
    );
  });

  it('renders <Example> with its title as label and announced name', async () => {
    expect(await render('<Example title="A newsletter\'s links">\n\n- one\n- two\n\n</Example>')).toBe(
      '<section class="example" aria-label="Worked example: A newsletter&#x27;s links"><p class="example-label">Worked example: A newsletter\'s links</p><ul><li>one</li><li>two</li></ul></section>',
    );
  });

  it('keeps lower-case elements with their attributes, writing className as class', async () => {
    expect(await render('Press <kbd className="key">Tab</kbd> and read <abbr title="Web Content Accessibility Guidelines">WCAG</abbr>.')).toBe(
      '<p>Press <kbd class="key">Tab</kbd> and read <abbr title="Web Content Accessibility Guidelines">WCAG</abbr>.</p>',
    );
  });

  it('writes a string expression as its text and drops comments and fragments', async () => {
    expect(await render("A brace: {'{'} here.{/* editor's note */}\n\n<>Plain</>")).toBe('<p>A brace: { here.</p>\nPlain');
  });

  it('keeps MDX syntax rules: no indented code, no raw HTML comments', async () => {
    expect(await render('    not code')).toBe('<p>not code</p>');
    await expect(render('<!-- note -->')).rejects.toThrow();
  });

  it.each([
    ['an import', "import X from './x.js'\n\nText"],
    ['code in braces', 'Total: {1 + 1}'],
    ['another component', '<Quiz id="q1" />'],
    ['a computed prop', '<Callout kind={kinds[0]}>x</Callout>'],
    ['a spread prop', '<Callout {...props}>x</Callout>'],
    ['a React-style prop', '<label htmlFor="name">Name</label>'],
  ])('leaves %s to the MDX compiler', async (_, body) => {
    const { code, metadata } = await processor.render(body);
    expect(needsMdxCompiler(metadata)).toMatch(/^(an import|the expression|the component|a computed prop|a spread prop|a React-style prop)/);
    expect(code).toBe('');
  });
});
