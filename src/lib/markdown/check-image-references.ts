import { unsafeAttribute } from '../checks/lesson-components';

/**
 * The pattern Astro 5 uses to find the image references it rewrites in a content-layer entry's HTML
 * (`updateImageReferencesInBody` in astro/dist/content/runtime.js): every key of the JSON becomes an
 * attribute of the element, after all of Micropath's checks have run.
 */
const ASTRO_IMAGE_REFERENCE = /__ASTRO_IMAGE_="([^"]+)"/g;

/**
 * What in a lesson's final HTML Astro would turn into code, in words; undefined when nothing. Reads
 * the HTML exactly as Astro will, so a reference no check saw coming (a name that merely ends in
 * __ASTRO_IMAGE_, text shaped like one) is judged by the attributes it would really produce.
 */
export function findUnsafeImageReference(html: string): string | undefined {
  for (const [, value] of html.matchAll(ASTRO_IMAGE_REFERENCE)) {
    let attributes: unknown;
    try {
      attributes = JSON.parse(value!.replaceAll('&#x22;', '"'));
    } catch {
      return 'an image reference the build cannot read';
    }
    if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) return 'an image reference the build cannot read';
    for (const [name, text] of Object.entries(attributes)) {
      const unsafe = unsafeAttribute(name, typeof text === 'string' ? text : undefined);
      if (unsafe === 'event-handler') return `an event handler (${name}) in an image`;
      if (unsafe === 'reserved-attribute' || !/^[a-z][\w:.-]*$/i.test(name)) return `the attribute name ${JSON.stringify(name)} in an image`;
      if (unsafe === 'unsafe-url') return `a script address in ${name} of an image`;
    }
  }
  return undefined;
}
