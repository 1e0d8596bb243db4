import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { LESSON_COMPONENTS } from '../../../../src/lib/checks/lesson-components';
import { remarkLessonComponents, remarkMdxSyntax, remarkRefuseUnsafe } from '../../../../src/lib/markdown/remark-lesson-components';

// The processors the lesson loader builds: Astro's Markdown pipeline, the safety rules, and for MDX
// the MDX syntax and the components.
const mdx = await createMarkdownProcessor({ remarkPlugins: [remarkMdxSyntax, remarkRefuseUnsafe, remarkLessonComponents], syntaxHighlight: false });
const md = await createMarkdownProcessor({ remarkPlugins: [remarkRefuseUnsafe], syntaxHighlight: false });
const render = async (body: string, processor = mdx) => (await processor.render(body)).code.replace(/>\s+</g, '><').trim();
const REFUSED = '<div class="callout warning" role="note"><strong>This lesson is not shown.</strong>';

describe('remarkLessonComponents', () => {
  it('renders a block <Callout> as a labelled box, with a space between label and text', async () => {
    expect(await render('<Callout kind="warning">\n\nMind the **gap**.\n\n</Callout>')).toBe(
      '<aside class="callout warning" aria-label="Watch out"><span class="callout-label">Watch out</span><p>Mind the <strong>gap</strong>.</p></aside>',
    );
    expect((await mdx.render('<Callout kind="tip">Keep it short.</Callout>')).code).toContain('Tip</span>\nKeep it short.');
  });

  it('renders a one-line <Callout> without a paragraph around or inside it, as MDX does', async () => {
    expect(await render('<Callout title="Remember">Keep it short.</Callout>')).toBe(
      '<aside class="callout note" aria-label="Remember"><span class="callout-label">Remember</span>\nKeep it short.</aside>',
    );
  });

  it('renders <Example> with its title as label and announced name', async () => {
    expect(await render('<Example title="A newsletter\'s links">\n\n- one\n- two\n\n</Example>')).toBe(
      '<section class="example" aria-label="Worked example: A newsletter&#x27;s links"><p class="example-label">Worked example: A newsletter\'s links</p><ul><li>one</li><li>two</li></ul></section>',
    );
  });

  it('renders every component the content check allows', async () => {
    for (const name of Object.keys(LESSON_COMPONENTS)) {
      expect(await render(`<${name} title="T">Text.</${name}>`), name).not.toContain(REFUSED);
    }
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
});

describe('remarkRefuseUnsafe', () => {
  it.each([
    ['an import', "import X from './x.js'\n\nText", 'import statement'],
    ['code in braces', 'Total: {typeof process}', 'JavaScript expression'],
    ['another component', '<Quiz id="q1" />', '<Quiz>'],
    ['a computed prop', '<Callout kind={kinds[0]}>x</Callout>', 'kind'],
    ['a script element', '<script>alert(1)</script>', '<script>'],
    ['an event handler', '<kbd onClick="alert(1)">Tab</kbd>', 'onClick'],
    ['a script link', '[Go](javascript:alert(1))', 'javascript:alert(1)'],
  ])('shows a notice instead of a body with %s, and runs nothing', async (_, body, named) => {
    const html = await render(body);
    expect(html.startsWith(REFUSED)).toBe(true);
    expect(html).toContain(named.replace('<', '&#x3C;'));
    expect(html).not.toMatch(/<script|\sonclick=|href="javascript/i);
  });

  it('refuses raw HTML that runs code in a Markdown lesson too', async () => {
    const html = await render('Hello <img src="x.png" alt="" onerror="alert(1)">', md);
    expect(html.startsWith(REFUSED)).toBe(true);
    expect(html).not.toMatch(/<img/);
    expect(await render('Hello <kbd>Tab</kbd>', md)).toBe('<p>Hello <kbd>Tab</kbd></p>');
  });
});
