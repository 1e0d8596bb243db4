import { describe, expect, it } from 'vitest';
import { initialsOf, renderBadgeSvg } from '../../../../src/lib/standards/render-badge-svg';

describe('renderBadgeSvg', () => {
  it('draws the competency hexagon with the label in white and an accessible title', () => {
    const svg = renderBadgeSvg({
      title: 'Text alternatives',
      label: '1.1',
      colour: '#1e40af',
      shape: 'hexagon',
    });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title id="title">Badge: Text alternatives</title>');
    expect(svg).toContain('<polygon points="50,3 93,27 93,73 50,97 7,73 7,27" fill="#1e40af"');
    expect(svg).toMatch(/<text [^>]*font-size="30"[^>]*fill="#ffffff"[^>]*>1\.1<\/text>/);
  });

  it('shrinks long labels and escapes markup in text', () => {
    const svg = renderBadgeSvg({
      title: 'Tom & "Jerry" <b>',
      label: '1.4.10',
      colour: '#000',
      shape: 'seal',
    });
    expect(svg).toContain('Badge: Tom &amp; &quot;Jerry&quot; &lt;b&gt;');
    expect(svg).toContain('font-size="22"');
    expect(svg).toContain('<circle');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first two words', () => {
    expect(initialsOf('Accessible Communicator Certificate')).toBe('AC');
    expect(initialsOf('forms')).toBe('F');
    expect(initialsOf('—')).toBe('★');
  });
});
