import { describe, expect, it } from 'vitest';
import { lintDescription } from '../../../../src/lib/checks/lint-content';
import { checkFiles, edit, readFixtureFiles } from '../../../helpers/content-files';

describe('content that is rendered but is not a lesson body', () => {
  it('refuses HTML in a competency description, which could carry a script', () => {
    expect(lintDescription('content/competencies/a.yaml', 'Read <script>alert(1)</script> this.').map(({ rule, field, message }) => ({ rule, field, message }))).toEqual([
      { rule: 'html-in-description', field: 'description', message: 'the description contains HTML ("<script>alert(1)</script> this").' },
    ]);
  });

  it('refuses a javascript: link in a competency description', () => {
    expect(lintDescription('content/competencies/a.yaml', 'See [this](javascript:alert(1)).').map(({ rule, message }) => `${rule}: ${message}`)).toEqual([
      'unsafe-url: a link uses the "javascript:" scheme, which could run code when clicked.',
    ]);
  });

  it('accepts Markdown with site paths and web links', () => {
    expect(lintDescription('a.yaml', 'Covers **1.1.1**. See [the lesson](/lessons/x/) and [W3C](https://www.w3.org/).')).toEqual([]);
  });

  it('refuses javascript: addresses in alignments, the footer and the edit link', () => {
    const files = edit(readFixtureFiles(), 'competencies/skill-a.yaml', 'url: "https://example.org/a"', 'url: "javascript:alert(1)"');
    edit(files, 'site.yaml', 'url: https://example.org/fixture/', 'url: https://example.org/fixture/\neditBaseUrl: "javascript:alert(2)//"\nfooter:\n  - { label: X, href: "javascript:alert(3)" }');
    const problems = checkFiles(files).map((problem) => `${problem.file} ${problem.field}`).sort();
    expect(problems).toEqual(['content/competencies/skill-a.yaml alignments[0].url', 'content/site.yaml editBaseUrl', 'content/site.yaml footer[0].href']);
  });

  it('refuses a locale written with an underscore', () => {
    const files = edit(readFixtureFiles(), 'site.yaml', 'title: Fixture portal', 'title: Fixture portal\nlocale: en_GB');
    expect(checkFiles(files).map((problem) => `${problem.field}: ${problem.fix}`)).toEqual(['locale: Use a language tag such as en, en-GB or fr-CA (a hyphen, not an underscore).']);
  });
});

describe('formatting HTML in descriptions', () => {
  it('accepts <sup> and <sub> without attributes, as real frameworks write fractions', () => {
    expect(lintDescription('a.yaml', 'A ratio of <sup>1</sup>/<sub>2</sub>.')).toEqual([]);
  });

  it('refuses a formatting tag that carries an attribute', () => {
    expect(lintDescription('a.yaml', 'A <sup onclick="x()">1</sup>.').map((problem) => problem.rule)).toEqual(['html-in-description']);
  });
});
