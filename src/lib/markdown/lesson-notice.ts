/**
 * The notice a lesson page shows instead of a body the safety rules refuse, in the three forms the
 * renderer's stages need (a Markdown-tree node, an HTML-tree node, HTML text), worded once.
 */

/** The notice's first words, in bold. */
export const NOTICE_TITLE = 'This lesson is not shown.';

/** The sentence after the title: why, and where to find every problem. */
export function noticeText(why: string): string {
  return ` ${why} Run npm run check for every problem and its fix.`;
}

/** Why, for something found in the lesson's HTML ("a <script> element"). */
export function holdsUnsafe(found: string): string {
  return `It holds ${found}, which could run code in your browser.`;
}

const BOX = { className: ['callout', 'warning'], role: 'note' };

/** The notice as an HTML-tree (hast) element. */
export function noticeElement(why: string) {
  return {
    type: 'element',
    tagName: 'div',
    properties: { ...BOX },
    children: [
      { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: NOTICE_TITLE }] },
      { type: 'text', value: noticeText(why) },
    ],
  };
}

/** The notice as HTML text. */
export function noticeHtml(why: string): string {
  const escaped = noticeText(why).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div class="${BOX.className.join(' ')}" role="${BOX.role}"><strong>${NOTICE_TITLE}</strong>${escaped}</div>`;
}
