/** One prop of a lesson component. */
export interface ComponentProp {
  /** The component cannot render without it. */
  required?: boolean;
  /** The only values it accepts, when it is a choice. */
  values?: readonly string[];
}

/**
 * The components a lesson may use, and their props: the set `src/pages/lessons/[slug].astro`
 * passes to every lesson (a test keeps the two in step). Anything else in a lesson is refused.
 */
export const LESSON_COMPONENTS: Readonly<Record<string, Readonly<Record<string, ComponentProp>>>> = {
  Callout: { kind: { values: ['note', 'tip', 'warning'] }, title: {} },
  Example: { title: { required: true } },
};

/**
 * Elements whose content the browser reads as plain text, not markup: an attribute value holding
 * `</noscript><img onerror=…>` closes one early and runs the rest (mutation XSS).
 */
export const RAW_TEXT_ELEMENTS: readonly string[] = ['noscript', 'textarea', 'xmp', 'noembed', 'noframes', 'title', 'plaintext', 'template'];

/**
 * Lower-case elements refused in lessons: they run scripts, load other pages or styles, change
 * where links go, or send data elsewhere.
 */
export const UNSAFE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'animate', 'set', 'animatemotion', 'animatetransform', 'handler', 'foreignobject', ...RAW_TEXT_ELEMENTS]);

/**
 * Attributes that hold words for people, never an address: "javascript: is a scheme" is fine in a
 * title. Every other attribute is checked for a script address (HTML, MDX and hast spellings).
 */
function isProseAttribute(name: string): boolean {
  return /^(alt|title|aria-?[a-z].*|class|classname|id)$/i.test(name);
}

/** The text by which Astro 5 finds the image references it rewrites in a lesson's HTML (case as written). */
export const IMAGE_MARKER = '__ASTRO_IMAGE_';

/**
 * Attribute names the build itself writes and reads back: Astro finds `__ASTRO_IMAGE_="{…}"`
 * anywhere in a lesson's HTML (even at the end of a longer name, `data-x__ASTRO_IMAGE_`) and turns
 * its JSON into real attributes after every check, so a lesson must never write one. No HTML
 * attribute starts with an underscore.
 */
function isReservedAttribute(name: string): boolean {
  return name.startsWith('_') || /__astro/i.test(name);
}

/** How an attribute could run code in a learner's browser: the content check's rule for it. */
export type UnsafeAttribute = 'event-handler' | 'reserved-attribute' | 'unsafe-url';

/**
 * Whether an attribute could run code, and how; undefined when it cannot. The one rule the content
 * check, the renderer's last check and the image and SVG checks all apply: an `on…` handler, a name
 * the build uses for itself, or a script address in any attribute that does not hold prose. `name`
 * as HTML, MDX or an HTML tree spells it; `value` is its text, or a list of texts (`srcset`).
 */
export function unsafeAttribute(name: string, value: unknown): UnsafeAttribute | undefined {
  if (/^on/i.test(name)) return 'event-handler';
  if (isReservedAttribute(name)) return 'reserved-attribute';
  const texts = Array.isArray(value) ? value : [value];
  if (!isProseAttribute(name) && texts.some((text) => typeof text === 'string' && isUnsafeUrl(text))) return 'unsafe-url';
  return undefined;
}

/** Whether a URL would run code or render a document when followed. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme, so "java\tscript:" counts too.
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || scheme.startsWith('data:text/html');
}
