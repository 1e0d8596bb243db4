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

/** Attributes that hold a URL, where a `javascript:` address would run code (lower case; MDX writes xlink:href as xlinkHref). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'xlinkhref', 'data', 'values', 'to', 'from', 'by', 'srcset', 'cite', 'background', 'ping', 'longdesc', 'lowsrc', 'dynsrc']);

/** Whether a URL would run code or render a document when followed. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme, so "java\tscript:" counts too.
  const scheme = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || scheme.startsWith('data:text/html');
}
