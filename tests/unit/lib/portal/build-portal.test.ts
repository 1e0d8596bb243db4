import { describe, expect, it } from 'vitest';
import type { Entry, ValidContent } from '../../../../src/lib/content/valid-content';
import { buildPortal, collectPath } from '../../../../src/lib/portal/build-portal';
import {
  AssessmentSchema,
  CertificationSchema,
  CompetencySchema,
  LessonSchema,
  SiteSchema,
} from '../../../../src/schemas';

const competency = (
  id: string,
  fields: Record<string, unknown> = {},
): Entry<ReturnType<typeof CompetencySchema.parse>> => ({
  id,
  file: `content/competencies/${id}.yaml`,
  data: CompetencySchema.parse({ title: id, summary: `${id}.`, ...fields }),
});

const lesson = (
  id: string,
  fields: Record<string, unknown>,
): Entry<ReturnType<typeof LessonSchema.parse>> => ({
  id,
  file: `content/lessons/${id}.mdx`,
  data: LessonSchema.parse({
    title: id,
    description: 'D.',
    objectives: ['O'],
    duration: 5,
    level: 'foundation',
    ...fields,
  }),
});

/**
 * Two areas. Skill A's path mixes ordered and unordered lessons and a draft; "shared" is primary
 * in skill B and also builds skill A.
 */
function content(): ValidContent {
  return {
    site: SiteSchema.parse({ id: 'test', title: 'Test', mastery: { threshold: 0.7 } }),
    competencies: [
      competency('area-two', { code: '2' }),
      competency('skill-a', { parent: 'area-one', code: '1.10' }),
      competency('skill-b', { parent: 'area-one', code: '1.2', masteryThreshold: 0.9 }),
      competency('area-one', { code: '1' }),
      competency('skill-c', { parent: 'area-two', code: '2.1' }),
      competency('skill-c-deep', { parent: 'skill-c', code: '2.1.1' }),
    ],
    lessons: [
      lesson('no-order-zulu', {
        title: 'Zulu',
        competencies: ['skill-a'],
        duration: 3,
        ceCredits: 0.1,
      }),
      lesson('second', {
        title: 'Alpha',
        competencies: ['skill-a'],
        order: 2,
        duration: 4,
        ceCredits: 0.2,
      }),
      lesson('no-order-bravo', { title: 'Bravo', competencies: ['skill-a'], duration: 6 }),
      lesson('first', { title: 'Yankee', competencies: ['skill-a'], order: 1, duration: 7 }),
      lesson('draft', {
        title: 'Draft',
        competencies: ['skill-a'],
        order: 0,
        duration: 9,
        draft: true,
      }),
      lesson('shared', { competencies: ['skill-b', 'skill-a'], duration: 8, ceCredits: 0.5 }),
      lesson('deep', { competencies: ['skill-c-deep'], duration: 10 }),
    ],
    assessments: [
      {
        id: 'skill-a',
        file: 'content/assessments/skill-a.yaml',
        data: AssessmentSchema.parse({
          passingScore: 0.6,
          questions: [{ id: 'q', type: 'true-false', prompt: 'P', explanation: 'E', answer: true }],
        }),
      },
    ],
    certifications: [
      {
        id: 'area-cert',
        file: 'content/certifications/area-cert.yaml',
        data: CertificationSchema.parse({
          title: 'C',
          description: 'D',
          competencies: ['area-one', 'skill-a'],
        }),
      },
      {
        id: 'deep-cert',
        file: 'content/certifications/deep-cert.yaml',
        data: CertificationSchema.parse({
          title: 'C',
          description: 'D',
          competencies: ['skill-c'],
        }),
      },
    ],
  };
}

describe('buildPortal', () => {
  const portal = buildPortal(content());

  it('orders a path by order, then by title, with unordered lessons last', () => {
    expect(portal.competencies['skill-a']!.path).toEqual([
      'first',
      'second',
      'no-order-bravo',
      'no-order-zulu',
    ]);
  });

  it('leaves drafts out of paths and lessons', () => {
    expect(portal.lessons.draft).toBeUndefined();
    expect(
      Object.values(portal.competencies).flatMap((view) => [...view.path, ...view.related]),
    ).not.toContain('draft');
  });

  it('links previous and next within the primary path only', () => {
    expect(portal.lessons.first).toMatchObject({
      primary: 'skill-a',
      previous: undefined,
      next: 'second',
      position: 1,
      pathLength: 4,
    });
    expect(portal.lessons.second).toMatchObject({
      previous: 'first',
      next: 'no-order-bravo',
      position: 2,
    });
    expect(portal.lessons['no-order-zulu']).toMatchObject({
      previous: 'no-order-bravo',
      next: undefined,
      position: 4,
    });
    // "shared" also builds skill A but belongs to skill B's path, where it is alone.
    expect(portal.lessons.shared).toMatchObject({
      primary: 'skill-b',
      previous: undefined,
      next: undefined,
      position: 1,
      pathLength: 1,
    });
  });

  it('lists lessons from other paths as related, not in the path', () => {
    expect(portal.competencies['skill-a']!.related).toEqual(['shared']);
    expect(portal.competencies['skill-a']!.path).not.toContain('shared');
    expect(portal.competencies['skill-b']!.related).toEqual([]);
  });

  it("totals the minutes and credits of a path's lessons without float noise", () => {
    expect(portal.competencies['skill-a']).toMatchObject({ minutes: 3 + 4 + 6 + 7, credits: 0.3 });
    expect(portal.competencies['skill-b']).toMatchObject({ minutes: 8, credits: 0.5 });
    expect(portal.competencies['area-one']).toMatchObject({ path: [], minutes: 0, credits: 0 });
  });

  it("totals a certification over its competencies' paths and their descendants, counting each lesson once", () => {
    const [areaCert, deepCert] = portal.certifications;
    expect(areaCert).toMatchObject({ id: 'area-cert', lessonCount: 5, minutes: 3 + 4 + 6 + 7 + 8 });
    expect(deepCert).toMatchObject({ id: 'deep-cert', lessonCount: 1, minutes: 10 });
  });

  it('sorts areas and siblings by order, then by code (1.2 before 1.10), and walks the tree depth-first', () => {
    expect(portal.areas).toEqual(['area-one', 'area-two']);
    expect(portal.competencies['area-one']!.children).toEqual(['skill-b', 'skill-a']);
    expect(portal.competencyOrder).toEqual([
      'area-one',
      'skill-b',
      'skill-a',
      'area-two',
      'skill-c',
      'skill-c-deep',
    ]);
  });

  it('gives every competency its area and its ancestors from the area down', () => {
    expect(portal.competencies['skill-c-deep']).toMatchObject({
      area: 'area-two',
      ancestors: ['area-two', 'skill-c', 'skill-c-deep'],
    });
    expect(portal.competencies['area-one']).toMatchObject({
      area: 'area-one',
      ancestors: ['area-one'],
    });
  });

  it('takes the threshold from the check, else the competency, else the site', () => {
    expect(portal.competencies['skill-a']!.threshold).toBe(0.6);
    expect(portal.competencies['skill-a']!.assessment?.questions).toHaveLength(1);
    expect(portal.competencies['skill-b']!.threshold).toBe(0.9);
    expect(portal.competencies['skill-c']!.threshold).toBe(0.7);
  });

  it('does not depend on the order files were read in', () => {
    const shuffled = content();
    shuffled.lessons.reverse();
    shuffled.competencies.reverse();
    const again = buildPortal(shuffled);
    expect(again.competencyOrder).toEqual(portal.competencyOrder);
    expect(again.competencies['skill-a']!.path).toEqual(portal.competencies['skill-a']!.path);
  });
});

describe('collectPath', () => {
  it("gathers a competency's path and its descendants' paths", () => {
    const portal = buildPortal(content());
    expect(collectPath(portal.competencies, 'area-two')).toEqual(['deep']);
    expect(collectPath(portal.competencies, 'missing')).toEqual([]);
  });
});
