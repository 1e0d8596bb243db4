import { describe, expect, it } from 'vitest';
import { describeHeadline } from '../../../../src/lib/insights/describe-headline';
import type { CertificationInsight, CompetencyInsight } from '../../../../src/lib/insights/insights';

const certification = (title: string, earned: number, members: number): CertificationInsight => ({ id: title, title, earned, earnedRate: earned / members, ceCredits: 0, creditsEarned: 0 });
const competency = (title: string, mastered: number, members: number, leaf = true): CompetencyInsight => ({
  id: title, title, leaf, area: !leaf, depth: leaf ? 1 : 0,
  started: mastered, startedRate: mastered / members, practised: mastered, practisedRate: mastered / members, mastered, masteredRate: mastered / members,
  checkTakers: 0, medianBestScore: null, testedOut: 0,
});

describe('describeHeadline', () => {
  it('names the certification most members earned, the first on a tie', () => {
    const certifications = [certification('Forms Certificate', 10, 40), certification('Accessible Communicator Certificate', 34, 40), certification('Later Certificate', 34, 40)];
    expect(describeHeadline(40, certifications, [])).toBe('In this data, 85 % of 40 members mastered every competency of the Accessible Communicator Certificate.');
  });

  it('falls back to the leaf competency mastered most often when no certification was earned', () => {
    const competencies = [competency('Perceivable', 9, 1200, false), competency('Text alternatives', 300, 1200), competency('Captions', 600, 1200)];
    expect(describeHeadline(1200, [certification('Forms Certificate', 0, 1200)], competencies)).toBe('In this data, 50 % of 1,200 members mastered Captions, the competency mastered most often.');
  });

  it('says so when nobody mastered anything, and when there are no members', () => {
    expect(describeHeadline(1, [], [competency('Captions', 0, 1)])).toBe('In this data, none of 1 member has mastered a competency yet.');
    expect(describeHeadline(0, [], [])).toMatch(/^No learner export was counted, so there are no figures yet/);
  });
});
