import type { CompetencyInsight, Insights, QuestionInsight } from '../../../../src/lib/insights/insights';

/** A competency figure: `mastered` of the fixture's members, everything else zero. */
export function competency(id: string, mastered: number, members: number, extra: Partial<CompetencyInsight> = {}): CompetencyInsight {
  return {
    id,
    title: `Competency ${id}`,
    leaf: true,
    area: false,
    depth: 1,
    started: mastered,
    startedRate: members ? mastered / members : 0,
    practised: mastered,
    practisedRate: members ? mastered / members : 0,
    mastered,
    masteredRate: members ? mastered / members : 0,
    checkTakers: 0,
    medianBestScore: null,
    testedOut: 0,
    ...extra,
  };
}

/** A question answered by `answered` members, `correctFirst` of them right at the first attempt. */
export function question(questionId: string, correctFirst: number, answered: number, prompt = `Prompt of ${questionId}?`): QuestionInsight {
  return {
    quizId: 'lesson:a',
    quizTitle: 'Lesson A',
    kind: 'lesson',
    lesson: 'a',
    competency: 'a',
    questionId,
    prompt,
    type: 'single',
    answered,
    correctFirst,
    correctFirstRate: answered ? correctFirst / answered : null,
    commonWrong: null,
  };
}

/** Insights over `members` members from `accepted` files, with the parts a test sets. */
export function insightsOf(members: number, parts: Partial<Insights> = {}, accepted = members): Insights {
  return {
    site: { id: 'a', title: 'A', url: 'https://a.example/' },
    generatedAt: '2026-03-01T00:00:00.000Z',
    files: { given: accepted, copies: 0, accepted, refused: [], duplicates: accepted - members, migrated: 0, warnings: [] },
    members,
    competencies: [],
    questions: [],
    hardest: [],
    confidence: [],
    lessons: [],
    credits: { total: 0, meanPerMember: null, certifications: [] },
    months: [],
    headline: 'A headline.',
    ...parts,
  };
}
