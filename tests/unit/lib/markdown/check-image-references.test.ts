import { describe, expect, it } from 'vitest';
import { findUnsafeImageReference } from '../../../../src/lib/markdown/check-image-references';
import { holdsUnsafe, noticeHtml } from '../../../../src/lib/markdown/lesson-notice';

/** An image reference as Astro's rehype step writes it: JSON in an attribute, quotes as &#x22;. */
const reference = (attributes: Record<string, unknown>, name = '__ASTRO_IMAGE_') =>
  `<p><img ${name}="${JSON.stringify(attributes).replaceAll('"', '&#x22;')}"></p>`;

describe('findUnsafeImageReference', () => {
  it('passes HTML without references and the references Astro writes for a lesson image', () => {
    expect(findUnsafeImageReference('<p>Press <kbd>Tab</kbd>.</p>')).toBeUndefined();
    expect(findUnsafeImageReference(reference({ src: './pic.png', alt: 'A red square', title: 'javascript: in a caption', index: 0 }))).toBeUndefined();
  });

  it.each([
    ['an event handler', reference({ src: 'https://example.org/x.png', width: 10, height: 10, onerror: 'steal()' }), 'an event handler (onerror) in an image'],
    ['a handler on an element whose attribute name only ends in __ASTRO_IMAGE_', reference({ a: '1', onload: 'steal()' }, 'data-x__ASTRO_IMAGE_'), 'an event handler (onload) in an image'],
    ['a script address', reference({ src: 'javascript:steal()' }), 'a script address in src of an image'],
    ['an attribute name that would break out of the tag', reference({ 'x="1" onerror': 'steal()' }), 'the attribute name "x=\\"1\\" onerror" in an image'],
    ['a reference that is not JSON', '<img __ASTRO_IMAGE_="{src:1}">', 'an image reference the build cannot read'],
  ])('names %s', (_, html, found) => {
    expect(findUnsafeImageReference(html)).toBe(found);
  });
});

describe('noticeHtml', () => {
  it('says what was found, as text', () => {
    expect(noticeHtml(holdsUnsafe('a <script> element'))).toBe(
      '<div class="callout warning" role="note"><strong>This lesson is not shown.</strong> It holds a &lt;script&gt; element, which could run code in your browser. Run npm run check for every problem and its fix.</div>',
    );
  });
});
