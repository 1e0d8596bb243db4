import { describe, expect, it } from 'vitest';
import { lintSvg } from '../../../../src/lib/checks/lint-svg';

const lint = (text: string) => lintSvg({ file: 'content/lessons/a/figure.svg', text }).map((problem) => `${problem.rule} line ${problem.line}: ${problem.message}`);

describe('lintSvg', () => {
  it('passes a drawing with a title, a description, styles, links and gradients', () => {
    expect(
      lint(
        [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" role="img" aria-labelledby="t">',
          '<title id="t">Bookings doubled</title><desc>A bar chart.</desc>',
          '<style>.bar { fill: #1d4ed8 }</style>',
          '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>',
          '<a href="https://www.w3.org/WAI/"><rect class="bar" width="10" height="5" fill="url(#g)"/></a>',
          '<use xlink:href="#g"/></svg>',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('refuses scripts, handlers, script addresses and embedded documents, prefixed or not, with their lines', () => {
    expect(
      lint(
        [
          '<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg">',
          '<script>steal()</script>',
          '<svg:script>steal()</svg:script>',
          '<rect width="1" height="1" onload="steal()"/>',
          '<a xlink:href="jav&#x09;ascript:steal()"><text>Go</text></a>',
          '<foreignObject><div>x</div></foreignObject>',
          '<set attributeName="href" to="javascript:steal()"/>',
          '</svg>',
        ].join('\n'),
      ),
    ).toEqual([
      'unsafe-svg line 2: <script> in an SVG would run or load code when the image is opened on its own.',
      'unsafe-svg line 3: <svg:script> in an SVG would run or load code when the image is opened on its own.',
      'unsafe-svg line 4: onload on <rect> would run JavaScript when the image is opened on its own.',
      'unsafe-svg line 5: "jav\\tascript:steal()" on <a> is a script address.',
      'unsafe-svg line 6: <foreignobject> in an SVG would run or load code when the image is opened on its own.',
      'unsafe-svg line 7: <set> in an SVG would run or load code when the image is opened on its own.',
      'unsafe-svg line 7: "javascript:steal()" on <set> is a script address.',
    ]);
  });

  it('refuses entity declarations and style sheets, which bring in markup the file does not show', () => {
    expect(lint('<?xml-stylesheet type="text/xsl" href="x.xsl"?>\n<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;steal()&#60;/script&#62;">]>\n<svg>&x;</svg>')).toEqual([
      'unsafe-svg line 2: "<!ENTITY" in an SVG can bring in markup, a script included, that is not written in the file.',
      'unsafe-svg line 1: "<?xml-stylesheet" in an SVG can bring in markup, a script included, that is not written in the file.',
    ]);
  });
});
