/** A Markdown/MDX file split into its frontmatter and body. */
export interface SplitFile {
  /** The YAML between the opening and closing `---` lines ('' when absent). */
  frontmatter: string;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Whether the file had a frontmatter block. */
  hasFrontmatter: boolean;
}

/** Splits a lesson file at its `---` fences; a BOM and Windows line endings are accepted. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { frontmatter: '', body: text, bodyLine: 1, hasFrontmatter: false };
  const frontmatter = match[1] ?? '';
  return {
    frontmatter,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    hasFrontmatter: true,
  };
}
