import { holdsUnsafe, noticeElement } from './lesson-notice';
import { IMAGE_MARKER, UNSAFE_ELEMENTS, unsafeAttribute } from '../checks/lesson-components';

/** The parts of a hast tree this check reads and writes. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

/**
 * Rehype plugin, the last word on a lesson's HTML: after Markdown, MDX and raw HTML are all parsed
 * (entities decoded, attributes split as a browser splits them), a lesson holding an element that
 * runs or loads code, an event handler, `srcdoc`, or a script address in any attribute shows a
 * notice instead of its body. The content check refuses the same things earlier, from the source;
 * this catches what reading the source missed (HTML a browser reads differently from a scanner),
 * so nothing a lesson says can run in a learner's browser.
 */
export function rehypeRefuseUnsafeHtml() {
  return (tree: HastNode): void => {
    const found = findUnsafe(tree);
    if (!found) return;
    tree.children = [noticeElement(holdsUnsafe(found))];
  };
}

/** What in the tree could run code, in words; undefined when nothing. */
function findUnsafe(node: HastNode): string | undefined {
  // Only Astro's image step, which runs after this check, may write the marker it then looks for.
  if (node.value?.includes(IMAGE_MARKER)) return `the build's image marker ${IMAGE_MARKER}`;
  if (node.type === 'element' && node.tagName) {
    const tag = node.tagName.toLowerCase();
    if (UNSAFE_ELEMENTS.has(tag)) return `a <${tag}> element`;
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      const unsafe = unsafeAttribute(name, value);
      if (unsafe === 'event-handler') return `an event handler (${name}) on <${tag}>`;
      if (/^srcdoc$/i.test(name)) return `srcdoc on <${tag}>`;
      // Astro's image step runs after this check and turns __ASTRO_IMAGE_'s JSON into attributes.
      if (unsafe === 'reserved-attribute') return `the build's own attribute ${name} on <${tag}>`;
      if (unsafe === 'unsafe-url') return `a script address in ${name} on <${tag}>`;
    }
  }
  for (const child of node.children ?? []) {
    const found = findUnsafe(child);
    if (found) return found;
  }
  return undefined;
}
