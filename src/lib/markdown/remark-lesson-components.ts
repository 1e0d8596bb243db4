import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { lintMdxSafety } from '../checks/lint-mdx-safety';
import { CODE, readAttribute } from '../checks/read-attribute';
import { noticeElement } from './lesson-notice';

/** remark plugin: parse the body with MDX's syntax (JSX, `{…}`, no raw HTML or indented code), as @astrojs/mdx does. */
export const remarkMdxSyntax: RemarkPlugin = function () {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(mdxjs());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
};

/** A body the renderer will not show, and why. */
class RefusedBody extends Error {}

/**
 * remark plugin: a lesson body that breaks the safety rules of the content check (code, components
 * outside the Micropath set, scripts, event handlers, script links; see lint-mdx-safety.ts) is not
 * rendered: its page says why instead. `npm run build` stops on such a lesson before rendering; this
 * keeps `npm run dev`, which checks only at start, from running or showing it while an editor
 * previews a pull request.
 */
export function remarkRefuseUnsafe() {
  return (tree: Root, file: { path?: string }): void => {
    const problem = lintMdxSafety(tree, file.path ?? 'this lesson', 1).find((found) => found.severity === 'error');
    if (problem) refuse(tree, `${problem.message} ${problem.fix ?? ''}`.trim());
  };
}

/**
 * remark plugin: turns the MDX nodes a lesson may hold into plain Markdown-tree nodes that
 * remark-rehype renders as HTML, so a lesson renders in the content layer like a Markdown lesson:
 * `<Callout>` and `<Example>` become their boxes, lower-case elements stay elements, `{"text"}`
 * becomes text and `{/* comments *\/}` vanish. Anything else (which remarkRefuseUnsafe has already
 * refused) leaves a notice instead of the body.
 */
export function remarkLessonComponents() {
  return (tree: Root): void => {
    try {
      lowerChildren(tree);
    } catch (error) {
      if (!(error instanceof RefusedBody)) throw error;
      refuse(tree, `This lesson holds ${error.message}, which lessons cannot use.`);
    }
  };
}

function refuse(tree: Root, why: string): void {
  // remark-rehype renders a node whose data gives its HTML-tree form as that form.
  const { properties, children } = noticeElement(why);
  tree.children = [{ type: 'lessonNotice', data: { hName: 'div', hProperties: properties, hChildren: children } } as unknown as RootContent];
}

function lowerChildren(parent: Parent): void {
  parent.children = parent.children.flatMap((child) => lower(child as Nodes)) as Parent['children'];
}

function lower(node: Nodes): RootContent[] {
  switch (node.type) {
    case 'mdxjsEsm':
      throw new RefusedBody('an import or export statement');
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const text = literalText(node.data?.estree);
      if (text === undefined) throw new RefusedBody(`the expression {${node.value}}`);
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
    return [element('aside', { class: classes.join(' '), 'aria-label': label }, [element('span', { class: 'callout-label' }, [{ type: 'text', value: label }]), LABEL_GAP, ...children], node)];
  }
  if (node.name === 'Example') {
    const label = exampleLabel(text(props.title) ?? '');
    return [element('section', { class: 'example', 'aria-label': label }, [element('p', { class: 'example-label' }, [{ type: 'text', value: label }]), LABEL_GAP, ...children], node)];
  }
  // Lower-case names are HTML elements, their props attributes (className as class, as in JSX).
  if (!/^[a-z][a-z0-9-]*$/.test(node.name)) throw new RefusedBody(`the component <${node.name}>`);
  const attributes = Object.fromEntries(Object.entries(props).map(([name, value]) => [name === 'className' ? 'class' : name, value]));
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
    if (attribute.type !== 'mdxJsxAttribute') throw new RefusedBody(`a spread prop on <${node.name}>`);
    const value = readAttribute(attribute);
    if (value === CODE) throw new RefusedBody(`a computed prop ${attribute.name} on <${node.name}>`);
    props[attribute.name] = value ?? true;
  }
  return props;
}

// Between a box's label and its text, as in the components' markup: without it the page's text (and
// search excerpts) read "TipKeep it short".
const LABEL_GAP: RootContent = { type: 'text', value: '\n' };

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

/** The kinds of `<Callout>` and the label each shows when it has no title. */
const CALLOUT_LABELS = { note: 'Note', tip: 'Tip', warning: 'Watch out' } as const;

/** A callout's kind. */
type CalloutKind = keyof typeof CALLOUT_LABELS;

/** What `<Callout kind title>` shows and announces: its classes and its label. */
function calloutParts(kind: string | undefined, title: string | undefined): { classes: string[]; label: string } {
  const known = kind !== undefined && kind in CALLOUT_LABELS ? (kind as CalloutKind) : 'note';
  return { classes: ['callout', kind ?? 'note'], label: title ?? CALLOUT_LABELS[known] };
}

/** What `<Example title>` shows and announces. */
function exampleLabel(title: string): string {
  return `Worked example: ${title}`;
}
