import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/content/split-frontmatter';

describe('splitFrontmatter', () => {
  it('splits the YAML between the fences from the body and says where the body starts', () => {
    expect(splitFrontmatter('---\ntitle: A\nduration: 5\n---\nBody text.\n')).toEqual({
      frontmatter: 'title: A\nduration: 5\n',
      body: 'Body text.\n',
      bodyLine: 5,
      hasFrontmatter: true,
    });
  });

  it('accepts a byte order mark and Windows line endings', () => {
    const windows = splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\nmore\r\n');
    expect(windows).toEqual(splitFrontmatter('---\ntitle: A\n---\nBody\nmore\n'));
    expect(windows.hasFrontmatter).toBe(true);
  });

  it('accepts an empty frontmatter block and a file that ends at the closing fence', () => {
    expect(splitFrontmatter('---\n---\nBody')).toMatchObject({
      frontmatter: '',
      body: 'Body',
      bodyLine: 3,
      hasFrontmatter: true,
    });
    expect(splitFrontmatter('---\ntitle: A\n---')).toMatchObject({
      frontmatter: 'title: A\n',
      body: '',
      hasFrontmatter: true,
    });
  });

  it('finds no frontmatter when the file does not start with a fence', () => {
    expect(splitFrontmatter('title: A\n---\nBody\n')).toEqual({
      frontmatter: '',
      body: 'title: A\n---\nBody\n',
      bodyLine: 1,
      hasFrontmatter: false,
    });
    expect(splitFrontmatter('\n---\ntitle: A\n---\n').hasFrontmatter).toBe(false);
  });

  it('ends the frontmatter at the first closing fence, leaving later rules in the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nIntro\n\n---\n\nMore\n')).toMatchObject({
      frontmatter: 'title: A\n',
      body: 'Intro\n\n---\n\nMore\n',
    });
  });
});
