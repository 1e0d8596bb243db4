import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { CODE, readAttribute } from '../checks/read-attribute';
import { calloutParts, exampleLabel } from './lesson-component-parts';

/** Why a body needs the MDX compiler; thrown inside the plugin, recorded on the file by it. */
class NeedsMdxCompiler extends Error {}

/** Where the plugin records why a body needs the MDX compiler: the file's Astro frontmatter, which Astro's processor returns as metadata. */
const NEEDS_MDX_COMPILER = Symbol.for('micropath.needsMdxCompiler');

/**
 * Why a rendered body could not be rendered without the MDX compiler (an import, a `{…}` expression
 * that is code, another component, a computed prop), from the metadata Astro's Markdown processor
 * returned; undefined when its HTML is complete. The content check refuses all of these in
 * published lessons, so the loader meets them only with the check bypassed, and leaves such a lesson
 * to @astrojs/mdx.
 */
export function needsMdxCompiler(metadata: { frontmatter?: Record<PropertyKey, unknown> }): string | undefined {
  const reason = metadata.frontmatter?.[NEEDS_MDX_COMPILER];
  return typeof reason === 'string' ? reason : undefined;
}

/** remark plugin: parse the body with MDX's syntax (JSX, `{…}`, no raw HTML or indented code), as @astrojs/mdx does. */
export const remarkMdxSyntax: RemarkPlugin = function () {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(mdxjs());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
};

/**
 * remark plugin: turns the MDX nodes a lesson may hold into plain Markdown-tree nodes that
 * remark-rehype renders as HTML, so a lesson renders in the content layer like a Markdown lesson:
 * `<Callout>` and `<Example>` become the markup of src/components/Callout.astro and Example.astro,
 * lower-case elements stay elements, `{"text"}` becomes text and `{/* comments *\/}` vanish.
 * For anything else it empties the tree and records why (see needsMdxCompiler).
 */
export function remarkLessonComponents() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<PropertyKey, unknown> } } }): void => {
    try {
      lowerChildren(tree);
    } catch (error) {
      if (!(error instanceof NeedsMdxCompiler)) throw error;
      tree.children = [];
      ((file.data.astro ??= {}).frontmatter ??= {})[NEEDS_MDX_COMPILER] = error.message;
    }
  };
}

function lowerChildren(parent: Parent): void {
  parent.children = parent.children.flatMap((child) => lower(child as Nodes)) as Parent['children'];
}

function lower(node: Nodes): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      throw new NeedsMdxCompiler('an import or export statement');
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const text = literalText(node.data?.estree);
      if (text === undefined) throw new NeedsMdxCompiler(`the expression {${node.value}}`);
      return text === '' ? [] : [{ type: 'text', value: text, position: node.position }];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      lowerChildren(node);
      return lowerElement(node);
    case 'paragraph':
      // As @mdx-js/mdx does: a paragraph of nothing but elements and expressions is not a paragraph.
      if (isOnlyMdx(node.children)) return node.children.filter((child) => child.type !== 'text').flatMap((child) => lower(child));
      lowerChildren(node);
      return [node];
    default:
      if ('children' in node) lowerChildren(node);
      return [node as RootContent];
  }
}

function lowerElement(node: MdxJsxFlowElement | MdxJsxTextElement): RootContent[] {
  const children = node.children as RootContent[];
  if (node.name === null) return children; // a fragment: <>…</>
  const props = readProps(node);
  if (node.name === 'Callout') {
    const { classes, label } = calloutParts(text(props.kind), text(props.title));
    return [element('aside', { class: classes.join(' '), 'aria-label': label }, [element('span', { class: 'callout-label' }, [{ type: 'text', value: label }]), ...children], node)];
  }
  if (node.name === 'Example') {
    const label = exampleLabel(text(props.title) ?? '');
    return [element('section', { class: 'example', 'aria-label': label }, [element('p', { class: 'example-label' }, [{ type: 'text', value: label }]), ...children], node)];
  }
  // Lower-case names are HTML elements; Astro writes className as class, the rest as they are.
  if (!/^[a-z][a-z0-9-]*$/.test(node.name)) throw new NeedsMdxCompiler(`the component <${node.name}>`);
  const attributes = Object.fromEntries(Object.entries(props).map(([name, value]) => [name === 'className' ? 'class' : name, value]));
  if (Object.keys(attributes).some((name) => /[A-Z]/.test(name))) throw new NeedsMdxCompiler(`a React-style prop on <${node.name}>`);
  return [element(node.name, attributes, children, node)];
}

function isOnlyMdx(children: Nodes[]): boolean {
  const isMdx = (child: Nodes) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
  return children.some(isMdx) && children.every((child) => isMdx(child) || (child.type === 'text' && /^[\t\r\n ]+$/.test(child.value)));
}

/** The element's props as text (`true` for a prop without a value); throws for code. */
function readProps(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string | true> {
  const props: Record<string, string | true> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new NeedsMdxCompiler(`a spread prop on <${node.name}>`);
    const value = readAttribute(attribute);
    if (value === CODE) throw new NeedsMdxCompiler(`a computed prop ${attribute.name} on <${node.name}>`);
    props[attribute.name] = value ?? true;
  }
  return props;
}

const text = (value: string | true | undefined) => (typeof value === 'string' ? value : undefined);

/** A tree node remark-rehype renders as `<tag …attributes>children</tag>`. */
function element(tag: string, attributes: Record<string, string | true>, children: RootContent[], at?: Nodes): RootContent {
  return { type: 'lessonElement', data: { hName: tag, hProperties: attributes }, children, position: at?.position } as unknown as RootContent;
}

/** The text of an expression that is a string literal, '' for an empty one or a comment; undefined for code. */
function literalText(program: { body: unknown[] } | null | undefined): string | undefined {
  if (!program) return undefined;
  const [statement, ...rest] = program.body as { type: string; expression?: { type: string; value?: unknown } }[];
  if (statement === undefined) return '';
  return rest.length === 0 && statement.type === 'ExpressionStatement' && statement.expression?.type === 'Literal' && typeof statement.expression.value === 'string' ? statement.expression.value : undefined;
}
