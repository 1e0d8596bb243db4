import { scanHtmlTags } from './body-elements';
import { UNSAFE_ELEMENTS, unsafeAttribute, type UnsafeAttribute } from './lesson-components';
import { error, quote, type Problem } from './problem';

/** An SVG file in the content folder: the build copies a lesson's SVG images into the site as they are. */
export interface SvgFile {
  /** Path relative to the project root, for messages. */
  file: string;
  text: string;
}

const FIX = 'Export the drawing again as plain SVG (most editors have that option), or as PNG.';

/**
 * Refuses an SVG that could run code when it is opened on its own at its address on the portal
 * (the build copies it unchanged; a link or a right-click "open image" opens it as a document of
 * the site, with the learner's stored progress in reach): scripts, elements that embed or animate
 * other content, event handlers, script addresses, and XML entity declarations or style sheets,
 * which can bring markup in that no scan of the file sees. Namespace prefixes are ignored, so
 * `<svg:script>` is a script.
 */
export function lintSvg({ file, text }: SvgFile): Problem[] {
  const problems: Problem[] = [];
  const local = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();
  const lineOf = (index: number) => text.slice(0, index).split('\n').length;
  for (const pattern of [/<!ENTITY/gi, /<\?xml-stylesheet/gi]) {
    for (const match of text.matchAll(pattern)) {
      problems.push({ ...error('unsafe-svg', file, undefined, `${quote(match[0])} in an SVG can bring in markup, a script included, that is not written in the file.`, FIX), line: lineOf(match.index) });
    }
  }
  for (const tag of scanHtmlTags(text, 1)) {
    const element = local(tag.name);
    if (UNSAFE_ELEMENTS.has(element) && element !== 'style' && element !== 'title') {
      problems.push({ ...error('unsafe-svg', file, undefined, `<${tag.name}> in an SVG would run or load code when the image is opened on its own.`, FIX), line: tag.line });
    }
    for (const [name, value] of tag.attributes) {
      const unsafe = unsafeAttribute(local(name), value);
      if (unsafe) problems.push({ ...error('unsafe-svg', file, undefined, describeAttribute(unsafe, name, value ?? '', tag.name), FIX), line: tag.line });
    }
  }
  return problems;
}

function describeAttribute(kind: UnsafeAttribute, name: string, value: string, tag: string): string {
  if (kind === 'event-handler') return `${name} on <${tag}> would run JavaScript when the image is opened on its own.`;
  if (kind === 'reserved-attribute') return `${name} on <${tag}> is a name the build uses for its own markup.`;
  return `${quote(value)} on <${tag}> is a script address.`;
}
