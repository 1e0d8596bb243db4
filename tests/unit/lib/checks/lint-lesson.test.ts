import { describe, expect, it } from 'vitest';
import { formatAnnotation } from '../../../../src/lib/checks/format-report';
import { lintLesson } from '../../../../src/lib/checks/lint-lesson';
import { countWords, MIN_WORDS_TO_JUDGE } from '../../../../src/lib/checks/lint-lesson-fit';
import { parseLessonBody } from '../../../../src/lib/checks/parse-lesson-body';
import {
  checkFiles,
  edit,
  readFixtureFiles,
  type ContentFiles,
} from '../../../helpers/content-files';

const BODY = 'Lesson one talks about zebrafish. Read [lesson two](/lessons/lesson-two/).';

/** The fixture with lesson-one's body (which starts on line 22 of its file) replaced. */
function withBody(body: string, files: ContentFiles = readFixtureFiles()): ContentFiles {
  return edit(files, 'lessons/lesson-one.mdx', BODY, body);
}

/** Every problem found once lesson-one's body is replaced by these lines. */
function checkBody(...lines: string[]) {
  return checkFiles(withBody(lines.join('\n')));
}

/** `rule line N: message fix` for each problem: compact where the exact object is not the point. */
function summarise(problems: ReturnType<typeof checkFiles>): string[] {
  return problems.map(
    (problem) => `${problem.rule} line ${problem.line}: ${problem.message} ${problem.fix}`,
  );
}

describe('lesson body lint', () => {
  it('accepts Markdown with the Micropath components, plain HTML, comments and a decorative image', () => {
    expect(
      checkBody(
        'Intro paragraph with <kbd>Tab</kbd> and <abbr title="Web Content Accessibility Guidelines">WCAG</abbr>.',
        '',
        '## A section',
        '',
        '<Callout kind="tip">A tip.</Callout>',
        '',
        '<Callout kind={"warning"} title="Careful">Quoted in braces is still plain text.</Callout>',
        '',
        '### A subsection {/* an MDX comment is not code */}',
        '',
        '<Example title="Rewriting a link">',
        '',
        'Markdown inside. ![A bar chart of bookings doubling](/chart.png)',
        '',
        '</Example>',
        '',
        '<img src="/divider.png" alt="" role="presentation" />',
        '',
        '## Links',
        '',
        '[Lesson two](/lessons/lesson-two/), [again](../lesson-two/#top), [skill A](/competencies/skill-a/), [the cert](/certifications/cert/), [home](/), [search](/search/?q=alt), [progress](/progress/), [coverage](/coverage/), [a handout](/files/handout.pdf), [W3C](https://www.w3.org/), [above](#links), <a href="/competencies/">the framework</a>.',
      ),
    ).toEqual([]);
  });

  describe('security: a pull request cannot run code', () => {
    it('refuses an import statement [import-or-export]', () => {
      expect(checkBody("import Chart from '../../components/Chart.astro';", '', 'Text.'))
        .toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove the line. <Callout> and <Example> work without an import; nothing else can be used.",
            "line": 22,
            "message": ""import Chart from '../../components/Chart.astro';" is an import statement; lessons cannot import or export code, so that a pull request cannot run code in the build.",
            "rule": "import-or-export",
            "severity": "error",
          },
        ]
      `);
    });

    it('puts the problem on its line as a GitHub annotation', () => {
      const [problem] = checkBody('Text.', '', "import X from './x.js'");
      expect(formatAnnotation(problem!)).toMatchInlineSnapshot(
        `"::error file=content/lessons/lesson-one.mdx,line=24,title=import-or-export::body: "import X from './x.js'" is an import statement; lessons cannot import or export code, so that a pull request cannot run code in the build. Remove the line. <Callout> and <Example> work without an import; nothing else can be used."`,
      );
    });

    it('refuses an export statement, also when the frontmatter is broken', () => {
      const files = withBody('Text.\n\nexport const answer = process.env.SECRET;');
      edit(files, 'lessons/lesson-one.mdx', 'duration: 5', 'duration: five');
      expect(summarise(checkFiles(files))).toMatchInlineSnapshot(`
        [
          "wrong-type line undefined: expected a number, received "five" (string). Write the number without quotes.",
          "import-or-export line 24: "export const answer = process.env.SECRET;" is an export statement; lessons cannot import or export code, so that a pull request cannot run code in the build. Remove the line. <Callout> and <Example> work without an import; nothing else can be used.",
        ]
      `);
    });

    it('refuses JavaScript expressions in text but not MDX comments or quoted text [code-expression]', () => {
      expect(
        checkBody(
          'Two and two make {2 + 2}.',
          '',
          '{/* a note for editors */} A literal brace: {"{"}.',
          '',
          '{fetch("https://example.org")}',
        ),
      ).toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove the braces and write the text itself; to show a brace, write \\{.",
            "line": 22,
            "message": ""{2 + 2}" is a JavaScript expression; lessons cannot run code.",
            "rule": "code-expression",
            "severity": "error",
          },
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove the braces and write the text itself; to show a brace, write \\{.",
            "line": 26,
            "message": ""{fetch(\\"https://example.org\\")}" is a JavaScript expression; lessons cannot run code.",
            "rule": "code-expression",
            "severity": "error",
          },
        ]
      `);
    });

    it('refuses attribute values that are code, and spread attributes [code-expression, spread-attribute]', () => {
      expect(
        summarise(
          checkBody(
            '<Callout kind={kinds.tip}>Tip.</Callout>',
            '',
            '<Callout {...props}>Tip.</Callout>',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "code-expression line 22: the value of kind on <Callout> is the JavaScript expression "{kinds.tip}"; attributes can only be plain text. Write kind="…" with the text in quotes.",
          "spread-attribute line 24: "{...props}" on <Callout> passes JavaScript values into the element. Remove it and write each attribute as name="text".",
        ]
      `);
    });

    it('refuses components outside the Micropath set, with the nearest name [unknown-component]', () => {
      expect(checkBody('<Calout kind="tip">Tip.</Calout>')).toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Lessons can use only <Callout> and <Example> (see CONTRIBUTING.md, "Components"); write anything else in Markdown.",
            "line": 22,
            "message": "<Calout> is not a Micropath component. Did you mean "Callout"?",
            "rule": "unknown-component",
            "severity": "error",
          },
        ]
      `);
      expect(summarise(checkBody('<motion.div>Moving.</motion.div>'))).toMatchInlineSnapshot(`
        [
          "unknown-component line 22: <motion.div> is not a Micropath component. Lessons can use only <Callout> and <Example> (see CONTRIBUTING.md, "Components"); write anything else in Markdown.",
        ]
      `);
      expect(checkBody('<_secret />').map((problem) => problem.rule)).toEqual([
        'unknown-component',
      ]);
    });

    it('refuses scripts, frames and styles [unsafe-element]', () => {
      expect(
        summarise(
          checkBody(
            '<script>alert(1)</script>',
            '',
            '<iframe src="https://example.org/video" title="Video" />',
            '',
            '<style>{"body { display: none }"}</style>',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "unsafe-element line 22: <script> is not allowed in lessons: it would run code in the learner's browser. Remove it; lessons are Markdown plus the Micropath components, styled by the portal.",
          "unsafe-element line 24: <iframe> is not allowed in lessons: it would load a page or program from elsewhere. Remove it and link to the page instead: [what it is](https://…).",
          "unsafe-element line 26: <style> is not allowed in lessons: it would restyle or load material into the portal's pages. Remove it; lessons are Markdown plus the Micropath components, styled by the portal.",
        ]
      `);
    });

    it('refuses elements whose content the browser reads as text, where hidden markup runs [unsafe-element]', () => {
      const rules = checkBody('<noscript><p title="</noscript><img src=x onerror=alert(1)>">n</p></noscript>').map((problem) => `${problem.rule} ${problem.message}`);
      expect(rules).toContain('unsafe-element <noscript> is not allowed in lessons: the browser reads its content as text, which can turn markup hidden in it into code.');
      for (const tag of ['textarea', 'xmp', 'noembed', 'noframes', 'title', 'template']) {
        expect(checkBody(`<${tag}>x</${tag}>`).map((problem) => problem.rule), tag).toContain('unsafe-element');
      }
    });

    it('sees markup inside a footnote, as the build renders it with GFM [event-handler]', () => {
      const problems = checkBody('An innocent sentence[^a].', '', '[^a]: <kbd tabindex="0" autofocus="autofocus" onfocus="alert(1)">Tab</kbd>');
      expect(problems.map((problem) => problem.rule)).toContain('event-handler');
    });

    it('refuses event handlers on any element [event-handler]', () => {
      expect(checkBody('<img src="/a.png" alt="A logo of the association" onerror="alert(1)" />'))
        .toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Remove the onerror attribute.",
            "line": 22,
            "message": "onerror on <img> would run JavaScript in the learner's browser.",
            "rule": "event-handler",
            "severity": "error",
          },
        ]
      `);
    });

    it('refuses javascript: links in Markdown and HTML [unsafe-url]', () => {
      expect(
        summarise(
          checkBody('[Click](javascript:alert(1)) or <a href=" JavaScript:alert(1)">here</a>.'),
        ),
      ).toMatchInlineSnapshot(`
        [
          "unsafe-url line 22: "javascript:alert(1)" is a script address, which runs code when it is followed. Link to a page instead: https://… or /lessons/<slug>/.",
          "unsafe-url line 22: " JavaScript:alert(1)" is a script address, which runs code when it is followed. Link to a page instead: https://… or /lessons/<slug>/.",
        ]
      `);
    });

    it('checks the props of Callout and Example [invalid-component-prop]', () => {
      expect(
        summarise(
          checkBody(
            '<Callout kind="danger">A.</Callout>',
            '',
            '<Callout type="tip">B.</Callout>',
            '',
            '<Example>',
            '',
            'C.',
            '',
            '</Example>',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "invalid-component-prop line 22: kind="danger" is not a choice of <Callout>. Use one of: note, tip, warning.",
          "invalid-component-prop line 24: <Callout> has no prop "type". Remove it; <Callout> takes kind, title.",
          "invalid-component-prop line 26: <Example> has no title, which it needs. Add title="…", e.g. <Example title="Rewriting a vague link">.",
        ]
      `);
    });

    it('reports a body that is not valid MDX with its line [mdx-syntax]', () => {
      expect(checkBody('Text.', '', '<Callout kind="tip">', '', 'Never closed.'))
        .toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Close every <Component> you open, and write a literal < or { as \\< or \\{.",
            "line": 24,
            "message": "the lesson body cannot be read as MDX: Expected a closing tag for \`<Callout>\`.",
            "rule": "mdx-syntax",
            "severity": "error",
          },
        ]
      `);
    });
  });

  it('checks raw HTML in a Markdown (.md) lesson, where braces and comments are plain text', () => {
    const files = readFixtureFiles();
    const text = files['lessons/lesson-three.mdx']!.replace(
      'Lesson three talks about otters.',
      [
        "Otters {like} fish. <!-- an editor's note -->",
        '',
        '<div onclick="steal()">Hi</div>',
        '',
        '<script src="/x.js"></script>',
        '',
        '<p><img src="/otter.png"></p>',
        '',
        '<a href="/lesons/lesson-one/">Lesson one</a>',
        '',
        '<h4>Too deep</h4>',
      ].join('\n'),
    );
    delete files['lessons/lesson-three.mdx'];
    files['lessons/lesson-three.md'] = text;
    expect(summarise(checkFiles(files))).toMatchInlineSnapshot(`
      [
        "event-handler line 12: onclick on <div> would run JavaScript in the learner's browser. Remove the onclick attribute.",
        "unsafe-element line 14: <script> is not allowed in lessons: it would run code in the learner's browser. Remove it; lessons are Markdown plus the Micropath components, styled by the portal.",
        "image-alt line 16: <img src="/otter.png"> has no alt attribute. Add alt="what the image shows", or, if it is purely decorative, alt="" role="presentation".",
        "broken-link line 18: "/lesons/lesson-one/" leads to no page of the site. Did you mean "/lessons/lesson-one/"? Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
        "skipped-heading-level line 20: "<h4>Too deep</h4>" is a level-4 heading after the lesson's title (level 1), skipping level 2. Make it <h2>Too deep</h2>, or add the missing level-2 heading above it.",
      ]
    `);
  });

  it('reads raw HTML as a browser does: glued attributes, backticks and character references [event-handler, unsafe-url]', () => {
    const files = readFixtureFiles();
    const text = files['lessons/lesson-three.mdx']!.replace(
      'Lesson three talks about otters.',
      [
        '<div>',
        '<img src="/otter.png" alt="An otter"onerror="steal()">',
        '<img src=a`b alt="An otter" onerror=steal()>',
        '<img/src="/otter.png"/alt="An otter"/onload="steal()">',
        '<map name="m"><area href="jav&#x09;ascript:steal()" alt="Go"></map>',
        '<svg><a xlink:href="&#106;avascript:steal()"><text>Go</text></a></svg>',
        '</div>',
      ].join('\n'),
    );
    delete files['lessons/lesson-three.mdx'];
    files['lessons/lesson-three.md'] = text;
    expect(checkFiles(files).map((problem) => `${problem.rule} line ${problem.line}: ${problem.message}`)).toEqual([
      "event-handler line 11: onerror on <img> would run JavaScript in the learner's browser.",
      "event-handler line 12: onerror on <img> would run JavaScript in the learner's browser.",
      "event-handler line 13: onload on <img> would run JavaScript in the learner's browser.",
      'unsafe-url line 14: "jav\\tascript:steal()" is a script address, which runs code when it is followed.',
      'unsafe-url line 15: "javascript:steal()" is a script address, which runs code when it is followed.',
    ]);
  });

  it("refuses the build's own image attribute, which Astro turns into any attributes after every check [reserved-attribute]", () => {
    const json = '{"src":"https://example.org/x.png","width":10,"height":10,"onerror":"steal()"}';
    expect(summarise(checkBody(`<img alt="The association's logo: a blue circle" __ASTRO_IMAGE_='${json}' />`))).toEqual([
      `reserved-attribute line 22: __ASTRO_IMAGE_ on <img> is a name the build uses for its own markup (Astro turns __ASTRO_IMAGE_ into any attributes it lists, event handlers included); no HTML attribute starts with an underscore or holds __ASTRO. Remove the __ASTRO_IMAGE_ attribute; for an image, write ![What it shows](./image.png).`,
    ]);
    expect(checkBody(`<details __astro_image_='${json}'><summary>More</summary>Text</details>`).map((problem) => problem.rule)).toEqual(['reserved-attribute']);
    // Astro finds the name anywhere, also at the end of a longer one.
    expect(checkBody(`<span data-x__ASTRO_IMAGE_='${json}'>Text</span>`).map((problem) => problem.rule)).toEqual(['reserved-attribute']);
  });

  it("refuses Astro's image marker anywhere in the body, where it could hide text or add attributes [build-marker]", () => {
    const files = readFixtureFiles();
    const text = files['lessons/lesson-three.mdx']!.replace(
      'Lesson three talks about otters.',
      ['Otters swim.', '', '<!--__ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./pic.png&#x22;,&#x22;alt&#x22;:&#x22;-->Hidden from the page<!--&#x22;}"-->', '', 'Astro writes `__ASTRO_IMAGE_="{…}"` on images.'].join('\n'),
    );
    delete files['lessons/lesson-three.mdx'];
    files['lessons/lesson-three.md'] = text;
    expect(checkFiles(files).map((problem) => `${problem.rule} line ${problem.line}`)).toEqual(['build-marker line 12', 'build-marker line 14']);
  });

  it('refuses a script address in any attribute but those that hold words, and allows it in those [unsafe-url]', () => {
    expect(checkBody('<input type="text" value="javascript:void(0)" aria-label="A bad link" />').map((problem) => problem.rule)).toEqual(['unsafe-url']);
    expect(checkBody('<abbr title="javascript: a scheme" aria-label="javascript: a scheme">JS</abbr>')).toEqual([]);
  });

  it('refuses a script address in an SVG link written the MDX way [unsafe-url]', () => {
    expect(checkBody('<svg><a xlinkHref="javascript:steal()"><text>Go</text></a></svg>').map((problem) => problem.rule)).toEqual(['unsafe-url']);
  });

  describe('image-alt', () => {
    it('reports a Markdown image without alt text and shows the decorative form', () => {
      expect(checkBody('Text.', '', '![](/images/chart.png)')).toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Describe what it shows between the brackets: ![What the image shows](/images/chart.png). If it is purely decorative, write <img src="/images/chart.png" alt="" role="presentation" /> instead.",
            "line": 24,
            "message": "the image "/images/chart.png" has no alt text.",
            "rule": "image-alt",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports an <img> without alt, and an empty alt without role="presentation"', () => {
      expect(
        summarise(
          checkBody(
            '<img src="/a.png" />',
            '',
            '<img src="/b.png" alt="" />',
            '',
            '<img src="/c.png" alt="" role="none" />',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "image-alt line 22: <img src="/a.png"> has no alt attribute. Add alt="what the image shows", or, if it is purely decorative, alt="" role="presentation".",
          "image-alt line 24: <img src="/b.png"> has an empty alt but no decorative mark, so a forgotten description cannot be told from a decorative image. Describe the image in alt, or, if it is purely decorative, add role="presentation".",
        ]
      `);
    });
  });

  it('warns about alt text that is a file name, a generic word or starts with "image of" [alt-text-filler]', () => {
    expect(
      summarise(
        checkBody(
          '![IMG_4021.jpg](/a.jpg) ![Photo](/b.jpg)',
          '',
          '<img src="/c.png" alt="Image of a crowded hall" />',
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "alt-text-filler line 22: the alt text "IMG_4021.jpg" of "/a.jpg" is a file name. Say what the image shows that matters on this page, most important part first.",
        "alt-text-filler line 22: the alt text "Photo" of "/b.jpg" names only the kind of image. Say what the image shows that matters on this page, most important part first.",
        "alt-text-filler line 24: the alt text "Image of a crowded hall" of "/c.png" starts with "Image of", which screen readers already say. Say what the image shows that matters on this page, most important part first.",
      ]
    `);
  });

  describe('broken-link', () => {
    it('reports a link to no page and suggests the nearest one', () => {
      expect(checkBody('Read [lesson two](/lessons/lesson-twoo/).')).toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
            "line": 22,
            "message": ""/lessons/lesson-twoo/" leads to no page of the site. Did you mean "/lessons/lesson-two/"?",
            "rule": "broken-link",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports missing final slashes, relative links and reference links, in Markdown and HTML', () => {
      expect(
        summarise(
          checkBody(
            '[A](/competencies/skill-a) [B](../lesson-four/) [C][ref] <a href="/certificates/cert/">D</a>',
            '',
            '[ref]: /serch/',
          ),
        ),
      ).toMatchInlineSnapshot(`
        [
          "broken-link line 22: "/competencies/skill-a" leads to no page of the site. Did you mean "/competencies/skill-a/"? Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
          "broken-link line 22: "../lesson-four/" leads to no page of the site. Did you mean "/lessons/lesson-one/"? Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
          "broken-link line 22: "/certificates/cert/" leads to no page of the site. Did you mean "/certifications/cert/"? Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
          "broken-link line 24: "/serch/" leads to no page of the site. Did you mean "/search/"? Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
        ]
      `);
    });

    it('reports a link from a published lesson to a draft, but not from one draft to another', () => {
      const files = edit(
        readFixtureFiles(),
        'lessons/lesson-two.mdx',
        'order: 2',
        'order: 2\ndraft: true',
      );
      edit(files, 'lessons/lesson-two.mdx', 'prerequisites: [lesson-one]', 'prerequisites: []');
      expect(summarise(checkFiles(files))).toMatchInlineSnapshot(`
        [
          "broken-link line 22: "/lessons/lesson-two/" links to a draft lesson, which has no page until it is published. Publish that lesson (remove draft: true), or remove the link.",
        ]
      `);
      edit(files, 'lessons/lesson-one.mdx', 'order: 1', 'order: 1\ndraft: true');
      expect(checkFiles(files).filter((problem) => problem.rule === 'broken-link')).toEqual([]);
    });

    it('reports a link to /coverage/ when site.yaml switches the page off', () => {
      const files = withBody('See [coverage](/coverage/).');
      files['site.yaml'] += 'coverage:\n  page: false\n';
      expect(summarise(checkFiles(files))).toMatchInlineSnapshot(`
        [
          "broken-link line 22: "/coverage/" leads to no page of the site. Link to a page that exists: /lessons/<slug>/, /competencies/<id>/, /certifications/<id>/, /, /search/ or /progress/ (with the final slash).",
        ]
      `);
    });
  });

  describe('headings', () => {
    it('reports a level-1 heading in the body [h1-in-body]', () => {
      expect(checkBody('# Introduction', '', 'Text.')).toMatchInlineSnapshot(`
        [
          {
            "field": "body",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Make it a section heading: ## Introduction",
            "line": 22,
            "message": ""# Introduction" is a level-1 heading, but the lesson's title is the page's only level-1 heading.",
            "rule": "h1-in-body",
            "severity": "error",
          },
        ]
      `);
    });

    it('reports skipped levels after the title and between sections, in Markdown and HTML [skipped-heading-level]', () => {
      expect(
        summarise(checkBody('### Too deep at first', '', '## Fine', '', '<h4>Too deep again</h4>')),
      ).toMatchInlineSnapshot(`
        [
          "skipped-heading-level line 22: "### Too deep at first" is a level-3 heading after the lesson's title (level 1), skipping level 2. Make it ## Too deep at first, or add the missing level-2 heading above it.",
          "skipped-heading-level line 26: "<h4>Too deep again</h4>" is a level-4 heading after a level-2 heading, skipping level 3. Make it <h3>Too deep again</h3>, or add the missing level-3 heading above it.",
        ]
      `);
    });

    it('accepts going back up any number of levels', () => {
      expect(checkBody('## One', '', '### One a', '', '#### One a i', '', '## Two')).toEqual([]);
    });
  });

  describe('implausible-duration', () => {
    const words = (count: number) =>
      Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

    it('warns when a reading lesson is much longer than its text and quiz need', () => {
      // lesson-one: 5 minutes, one quiz question.
      expect(checkBody(words(160))).toMatchInlineSnapshot(`
        [
          {
            "field": "duration",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Set duration to about 2; if an activity or media take the extra time, set format to scenario, interactive or video.",
            "message": "5 minutes is long for 160 words and 1 quiz question: at 120–300 words a minute plus half a minute a question, the lesson takes about 1–2 minutes.",
            "rule": "implausible-duration",
            "severity": "warning",
          },
        ]
      `);
    });

    it('warns when the duration is far too short for the text', () => {
      const files = edit(
        withBody(words(1500)),
        'lessons/lesson-one.mdx',
        'duration: 5',
        'duration: 2',
      );
      expect(checkFiles(files)).toMatchInlineSnapshot(`
        [
          {
            "field": "duration",
            "file": "content/lessons/lesson-one.mdx",
            "fix": "Set duration to about 9, or split the lesson into shorter ones.",
            "message": "2 minutes is too short for 1500 words and 1 quiz question: at 120–300 words a minute plus half a minute a question, the lesson takes about 5–13 minutes.",
            "rule": "implausible-duration",
            "severity": "warning",
          },
        ]
      `);
    });

    it('does not judge short bodies, video lessons, or long scenarios', () => {
      expect(checkBody(words(MIN_WORDS_TO_JUDGE - 1))).toEqual([]);
      const video = edit(
        withBody(words(1500)),
        'lessons/lesson-one.mdx',
        'format: reading',
        'format: video',
      );
      expect(
        checkFiles(edit(video, 'lessons/lesson-one.mdx', 'duration: 5', 'duration: 2')),
      ).toEqual([]);
      const scenario = edit(
        withBody(words(160)),
        'lessons/lesson-one.mdx',
        'format: reading',
        'format: scenario',
      );
      expect(checkFiles(scenario)).toEqual([]);
    });
  });
});

describe('placeholder-text', () => {
  it('refuses a published lesson that still has TODO: placeholders, naming the first and the count', () => {
    const files = edit(
      withBody('TODO: an intro.\n\n## Section\n\nTODO: more.'),
      'lessons/lesson-one.mdx',
      'description: The first lesson of skill A.',
      'description: "TODO: one sentence."',
    );
    expect(checkFiles(files)).toMatchInlineSnapshot(`
      [
        {
          "field": "description",
          "file": "content/lessons/lesson-one.mdx",
          "fix": "Replace every "TODO:" with the lesson's own text, or put draft: true back until it is ready.",
          "message": "the lesson is published (it has no draft: true) but still has 3 placeholders from npm run new:lesson, the first "TODO: one sentence.".",
          "rule": "placeholder-text",
          "severity": "error",
        },
      ]
    `);
  });

  it('accepts placeholders in a draft', () => {
    const files = edit(
      withBody('TODO: an intro.'),
      'lessons/lesson-one.mdx',
      'order: 1',
      'order: 1\ndraft: true',
    );
    expect(checkFiles(files).filter((problem) => problem.rule === 'placeholder-text')).toEqual([]);
  });
});

describe('lintLesson', () => {
  it('counts lines from the top of the file, so annotations land on the right line', () => {
    const problems = lintLesson({
      id: 'a',
      file: 'content/lessons/a.mdx',
      body: '\nText.\n\n# Title again\n',
      bodyLine: 10,
    });
    expect(problems.map((problem) => [problem.rule, problem.line])).toEqual([['h1-in-body', 13]]);
  });

  it('counts the words a learner reads, not markup or addresses', () => {
    const { tree } = parseLessonBody(
      '## Two words\n\nA [linked phrase](https://example.org/a/very/long/address) and `code`.\n\n<Callout kind="tip">Three more words</Callout>',
    );
    expect(countWords(tree!)).toBe(10);
  });
});
