import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { IMAGE_MARKER, isUnsafeUrl, LESSON_COMPONENTS, RAW_TEXT_ELEMENTS, type ComponentProp, UNSAFE_ELEMENTS, unsafeAttribute, type UnsafeAttribute } from './lesson-components';
import { scanHtmlTags } from './body-elements';
import { suggest } from './nearest';
import { startLine, walkTree } from './parse-lesson-body';
import { error, quote, type Problem } from './problem';
import { CODE, readAttribute } from './read-attribute';

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Program = NonNullable<NonNullable<MdxJsxAttributeValueExpression['data']>['estree']>;
type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

const COMPONENT_LIST = Object.keys(LESSON_COMPONENTS).map((name) => `<${name}>`).join(' and ');

/**
 * Refuses everything in a lesson body that could run code in the build or in the learner's
 * browser: import/export statements, `{…}` expressions, spread props, components outside the
 * Micropath set, scripts, frames and styles (also as raw HTML in .md lessons), event handlers and
 * `javascript:` links. Lessons are Markdown plus plain component props, so a pull request cannot
 * run code.
 */
export function lintMdxSafety(tree: Root, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const report = (node: { position?: { start: { line: number } } }, problem: Problem) =>
    problems.push({ ...problem, line: lineIn(node, bodyLine) });
  walkTree(tree, (node: Nodes) => {
    const fields = node as { value?: unknown; url?: unknown; title?: unknown; alt?: unknown };
    if ([fields.value, fields.url, fields.title, fields.alt].some((text) => typeof text === 'string' && text.includes(IMAGE_MARKER))) report(node, imageMarker(file));
    switch (node.type) {
      case 'mdxjsEsm': {
        const first = node.value.trim().split('\n')[0] ?? '';
        const kind = /^\s*export\b/.test(first) ? 'an export' : 'an import';
        report(node, error('import-or-export', file, 'body', `${quote(first)} is ${kind} statement; lessons cannot import or export code, so that a pull request cannot run code in the build.`, `Remove the line. ${COMPONENT_LIST} work without an import; nothing else can be used.`));
        break;
      }
      // Expressions run when the lesson renders, in the build.
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isPlainText(node.data?.estree)) {
          report(node, error('code-expression', file, 'body', `${quote(`{${node.value}}`)} is a JavaScript expression; lessons cannot run code.`, 'Remove the braces and write the text itself; to show a brace, write \\{.'));
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...checkElement(node, file, bodyLine));
        break;
      case 'html':
        // Raw HTML in a Markdown (.md) lesson is copied into the page as it is.
        for (const tag of scanHtmlTags(node.value, startLine(node))) problems.push(...checkHtmlTag(tag, file, bodyLine));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (isUnsafeUrl(node.url)) report(node, unsafeUrl(file, node.url));
        break;
      default:
        break;
    }
  });
  return problems;
}

function checkElement(element: Element, file: string, bodyLine: number): Problem[] {
  const line = lineIn(element, bodyLine);
  const name = element.name;
  // A fragment (<>…</>) renders only its children.
  if (name === null) return element.attributes.flatMap((attribute) => checkAttribute(attribute, '<>', file, bodyLine));
  const tag = `<${name}>`;
  // MDX reads any name not starting with a lower-case letter (`Chart`, `_x`, `a.b`) as a variable.
  if (!/^[a-z]/.test(name) || name.includes('.')) {
    const props = LESSON_COMPONENTS[name];
    if (!props) {
      return [{ ...error('unknown-component', file, 'body', `${tag} is not a Micropath component.${suggest(name, Object.keys(LESSON_COMPONENTS))}`, `Lessons can use only ${COMPONENT_LIST} (see CONTRIBUTING.md, "Components"); write anything else in Markdown.`), line }];
    }
    return [...element.attributes.flatMap((attribute) => checkAttribute(attribute, tag, file, bodyLine)), ...checkProps(element, name, props, file, bodyLine)];
  }
  if (UNSAFE_ELEMENTS.has(name.toLowerCase())) return [{ ...unsafeElement(tag, file), line }];
  return element.attributes.flatMap((attribute) => checkAttribute(attribute, tag, file, bodyLine));
}

function checkAttribute(attribute: Attribute, tag: string, file: string, bodyLine: number): Problem[] {
  const line = lineIn(attribute, bodyLine);
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return [{ ...error('spread-attribute', file, 'body', `${quote(`{${attribute.value}}`)} on ${tag} passes JavaScript values into the element.`, 'Remove it and write each attribute as name="text".'), line }];
  }
  const value = readAttribute(attribute);
  const unsafe = unsafeAttribute(attribute.name, value);
  if (unsafe === 'event-handler' || unsafe === 'reserved-attribute') return [{ ...attributeProblem(unsafe, attribute.name, value, tag, file), line }];
  if (value === CODE) {
    const source = typeof attribute.value === 'object' && attribute.value ? attribute.value.value : '';
    return [{ ...error('code-expression', file, 'body', `the value of ${attribute.name} on ${tag} is the JavaScript expression ${quote(`{${source}}`)}; attributes can only be plain text.`, `Write ${attribute.name}="…" with the text in quotes.`), line }];
  }
  return unsafe ? [{ ...attributeProblem(unsafe, attribute.name, value, tag, file), line }] : [];
}

function checkProps(element: Element, name: string, props: Readonly<Record<string, ComponentProp>>, file: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const line = lineIn(element, bodyLine);
  const given = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || /^on/i.test(attribute.name)) continue;
    given.add(attribute.name);
    const prop = props[attribute.name];
    const value = readAttribute(attribute);
    if (!prop) {
      const valid = Object.keys(props);
      problems.push({ ...error('invalid-component-prop', file, 'body', `<${name}> has no prop ${quote(attribute.name)}.${suggest(attribute.name, valid)}`, `Remove it; <${name}> takes ${valid.join(', ')}.`), line: lineIn(attribute, bodyLine) ?? line });
    } else if (prop.values && typeof value === 'string' && !prop.values.includes(value)) {
      problems.push({ ...error('invalid-component-prop', file, 'body', `${attribute.name}=${quote(value)} is not a choice of <${name}>.${suggest(value, prop.values)}`, `Use one of: ${prop.values.join(', ')}.`), line: lineIn(attribute, bodyLine) ?? line });
    }
  }
  for (const [prop, rule] of Object.entries(props)) {
    if (rule.required && !given.has(prop)) problems.push({ ...error('invalid-component-prop', file, 'body', `<${name}> has no ${prop}, which it needs.`, `Add ${prop}="…", e.g. <${name} ${prop}="Rewriting a vague link">.`), line });
  }
  return problems;
}

function checkHtmlTag(tag: { name: string; attributes: Map<string, string | null>; line?: number }, file: string, bodyLine: number): Problem[] {
  const line = tag.line === undefined ? undefined : bodyLine + tag.line - 1;
  const element = UNSAFE_ELEMENTS.has(tag.name.toLowerCase()) ? [{ ...unsafeElement(`<${tag.name}>`, file), line }] : [];
  const attributes = [...tag.attributes].flatMap(([name, value]) => {
    const unsafe = unsafeAttribute(name, value);
    return unsafe ? [{ ...attributeProblem(unsafe, name, value, `<${tag.name}>`, file), line }] : [];
  });
  return [...element, ...attributes];
}

/** `{/* a comment *\/}` and `{"a string"}` (MDX's way to write a literal brace) run no code. */
function isPlainText(program: Program | null | undefined): boolean {
  if (!program) return false;
  const [statement, ...rest] = program.body;
  return statement === undefined || (rest.length === 0 && statement.type === 'ExpressionStatement' && statement.expression.type === 'Literal' && typeof statement.expression.value === 'string');
}

function unsafeElement(tag: string, file: string): Problem {
  const lower = tag.slice(1, -1).toLowerCase();
  const embeds = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet'].includes(lower);
  const why = lower === 'script' ? "it would run code in the learner's browser" : RAW_TEXT_ELEMENTS.includes(lower) ? 'the browser reads its content as text, which can turn markup hidden in it into code' : lower === 'style' || lower === 'link' ? "it would restyle or load material into the portal's pages" : embeds ? 'it would load a page or program from elsewhere' : lower === 'form' ? 'it would send what learners type somewhere else' : 'it would change where links go or how the page behaves';
  const fix = embeds ? 'Remove it and link to the page instead: [what it is](https://…).' : 'Remove it; lessons are Markdown plus the Micropath components, styled by the portal.';
  return error('unsafe-element', file, 'body', `${tag} is not allowed in lessons: ${why}.`, fix);
}

/** The problem for an attribute `unsafeAttribute` refused. */
function attributeProblem(kind: UnsafeAttribute, name: string, value: unknown, tag: string, file: string): Problem {
  if (kind === 'event-handler') return eventHandler(name, tag, file);
  if (kind === 'reserved-attribute') return reservedAttribute(name, tag, file);
  const texts = Array.isArray(value) ? value : [value];
  return unsafeUrl(file, texts.find((text): text is string => typeof text === 'string' && isUnsafeUrl(text))!);
}

function eventHandler(name: string, tag: string, file: string): Problem {
  return error('event-handler', file, 'body', `${name} on ${tag} would run JavaScript in the learner's browser.`, `Remove the ${name} attribute.`);
}

function reservedAttribute(name: string, tag: string, file: string): Problem {
  return error('reserved-attribute', file, 'body', `${name} on ${tag} is a name the build uses for its own markup (Astro turns __ASTRO_IMAGE_ into any attributes it lists, event handlers included); no HTML attribute starts with an underscore or holds __ASTRO.`, `Remove the ${name} attribute; for an image, write ![What it shows](./image.png).`);
}

function imageMarker(file: string): Problem {
  return error('build-marker', file, 'body', `${IMAGE_MARKER} is the marker Astro uses to find images in a lesson's page after every check: it would read what follows as image attributes, or hide text up to the next quote.`, `Reword the passage without ${IMAGE_MARKER}.`);
}

function unsafeUrl(file: string, url: string): Problem {
  return error('unsafe-url', file, 'body', `${quote(url)} is a script address, which runs code when it is followed.`, 'Link to a page instead: https://… or /lessons/<slug>/.');
}

/** A node's line in the whole file: the body starts at `bodyLine`. */
export function lineIn(node: { position?: { start: { line: number } } }, bodyLine: number): number | undefined {
  const line = startLine(node);
  return line === undefined ? undefined : bodyLine + line - 1;
}
