import { describe, expect, it } from 'vitest';
import { askMissingAnswers } from '../../../../src/lib/scaffold/ask-lesson';
import {
  findNextOrder,
  readScaffoldContext,
  searchCompetencies,
} from '../../../../src/lib/scaffold/read-scaffold-context';
import { readFixtureFiles, toRawContent } from '../../../helpers/content-files';

const real = readScaffoldContext(toRawContent(readFixtureFiles('content')));

/** Runs the questions against scripted answers; returns the answers and the whole conversation. */
async function converse(typed: string[], given = {}) {
  const transcript: string[] = [];
  const queue = [...typed];
  const answers = await askMissingAnswers(
    given,
    real,
    async (question) => {
      const answer = queue.shift();
      transcript.push(`${question}${answer ?? '<end of input>'}`);
      return answer;
    },
    (line) => transcript.push(line),
  );
  return { answers, transcript };
}

describe('askMissingAnswers', () => {
  it('asks for each missing answer, with defaults on Enter', async () => {
    const { answers, transcript } = await converse(['Alt text for charts', '1.1', '', '', '']);
    expect(answers).toEqual({
      title: 'Alt text for charts',
      competency: 'text-alternatives',
      level: 'foundation',
      format: 'reading',
      minutes: '6',
    });
    expect(transcript).toMatchInlineSnapshot(`
      [
        "Title: Alt text for charts",
        "Competency: type part of its title, id or code (Enter lists them all): 1.1",
        "  → 1.1 Text alternatives (text-alternatives)",
        "Level: 1. foundation  2. practitioner  3. advanced [foundation]: ",
        "Format: 1. reading  2. video  3. scenario  4. interactive [reading]: ",
        "Minutes a typical learner needs, quiz included (1–15) [6]: ",
      ]
    `);
  });

  it('lists the matches of a search by title words and picks one by number', async () => {
    const { answers, transcript } = await converse([
      'Captions for webinars',
      'time',
      '1',
      'advanced',
      '3',
      '99',
      '8',
    ]);
    expect(answers).toMatchObject({
      competency: 'time-based-media',
      level: 'advanced',
      format: 'scenario',
      minutes: '8',
    });
    expect(transcript).toMatchInlineSnapshot(`
      [
        "Title: Captions for webinars",
        "Competency: type part of its title, id or code (Enter lists them all): time",
        "   1. 1.2 Time-based media (time-based-media)",
        "   2. 2.2 Enough time (enough-time)",
        "Pick a number (1–2), or type to search again: 1",
        "  → 1.2 Time-based media (time-based-media)",
        "Level: 1. foundation  2. practitioner  3. advanced [foundation]: advanced",
        "Format: 1. reading  2. video  3. scenario  4. interactive [reading]: 3",
        "Minutes a typical learner needs, quiz included (1–15) [6]: 99",
        "  Write a whole number from 1 to 15.",
        "Minutes a typical learner needs, quiz included (1–15) [6]: 8",
      ]
    `);
  });

  it('asks only for what the flags left out, and stops when the input ends', async () => {
    const { answers, transcript } = await converse(['nothing matches this'], {
      title: 'Given',
      level: 'foundation',
      format: 'video',
    });
    expect(answers).toEqual({ title: 'Given', level: 'foundation', format: 'video' });
    expect(transcript).toMatchInlineSnapshot(`
      [
        "Competency: type part of its title, id or code (Enter lists them all): nothing matches this",
        "  No competency matches "nothing matches this".",
        "Competency: try other words (Enter lists them all): <end of input>",
      ]
    `);
  });
});

describe('searchCompetencies', () => {
  it('finds by code, id or words of the title; an exact id or code comes first', () => {
    expect(searchCompetencies(real.competencies, '2.1').map((competency) => competency.id)).toEqual(
      ['keyboard-accessible'],
    );
    expect(
      searchCompetencies(real.competencies, 'alternatives').map((competency) => competency.id),
    ).toEqual(['text-alternatives']);
    expect(
      searchCompetencies(real.competencies, 'keyboard').map((competency) => competency.id),
    ).toEqual(['keyboard-accessible']);
    expect(searchCompetencies(real.competencies, 'robust')[0]?.id).toBe('robust');
  });

  it('lists the competencies lessons build (not the areas) for an empty search, in framework order', () => {
    const listed = searchCompetencies(real.competencies, '');
    expect(listed).toHaveLength(13);
    expect(listed.slice(0, 3).map((competency) => competency.code)).toEqual(['1.1', '1.2', '1.3']);
    expect(listed.every((competency) => !competency.hasChildren)).toBe(true);
  });
});

describe('readScaffoldContext', () => {
  it("knows each competency's area and the next place in its path", () => {
    expect(
      real.competencies.find(
        (competency) => competency.id === 'status-messages' || competency.id === 'compatible',
      )?.area,
    ).toBe('robust');
    expect(findNextOrder(real.lessons, 'text-alternatives')).toBe(4);
    expect(findNextOrder(real.lessons, 'no-such-competency')).toBe(1);
    expect(real.maxMinutes).toBe(15);
  });
});
