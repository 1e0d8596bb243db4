import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCertificationAchievement,
  buildCompetencyAchievement,
  toLanguageTag,
} from '../../../../src/lib/standards/build-achievement';
import { buildCasePackage } from '../../../../src/lib/standards/build-case-package';
import { createSiteUrls } from '../../../../src/lib/standards/site-urls';
import { repoRoot, VALID_FIXTURE } from '../../../helpers/content-files';
import { compileAchievement, formatErrors, readPortal } from '../../../helpers/standards';

const portal = readPortal();
const urls = createSiteUrls('https://example.org/my-portal/', '/my-portal/');
const validate = compileAchievement();
const casePackage = buildCasePackage(portal, { urls, changed: '2026-01-01T00:00:00Z' });

describe('buildCompetencyAchievement on content/', () => {
  it('is valid against $defs/Achievement of the official Open Badges 3.0 schema for every competency', () => {
    const invalid = portal.competencyOrder.flatMap((id) => {
      const achievement = buildCompetencyAchievement(portal, id, urls);
      return validate(achievement) ? [] : [`${id}:\n${formatErrors(validate.errors)}`];
    });
    expect(invalid, invalid.join('\n')).toEqual([]);
  });

  it('describes the competency, its badge image and how mastery is earned', () => {
    const achievement = buildCompetencyAchievement(portal, 'text-alternatives', urls);
    const check = portal.competencies['text-alternatives']!.assessment!;
    expect(achievement).toMatchObject({
      id: 'https://example.org/my-portal/badges/competencies/text-alternatives.json',
      type: ['Achievement'],
      achievementType: 'Competency',
      name: 'Text alternatives',
      description: portal.competencies['text-alternatives']!.summary,
      humanCode: '1.1',
      inLanguage: 'en',
      image: {
        id: 'https://example.org/my-portal/badges/competencies/text-alternatives.svg',
        type: 'Image',
        caption: 'Badge: Text alternatives',
      },
      criteria: { id: 'https://example.org/my-portal/competencies/text-alternatives/' },
      creator: {
        id: 'https://example.org/my-portal/',
        type: ['Profile'],
        name: portal.site.organisation,
      },
    });
    expect(achievement.criteria.narrative).toMatch(
      new RegExp(
        `^Pass the competency check \\(${check.draw ?? check.questions.length} questions\\) with a score of at least 80 %\\. The learning path \\(\\d+ micro-lessons, about \\d+ minutes\\) prepares for it`,
      ),
    );
  });

  it('aligns to the CASE item the framework package publishes, then to the outside framework', () => {
    const achievement = buildCompetencyAchievement(portal, 'text-alternatives', urls);
    const item = casePackage.CFItems.find(
      (candidate) => candidate.abbreviatedStatement === 'Text alternatives',
    )!;
    expect(achievement.alignment).toEqual([
      {
        type: ['Alignment'],
        targetType: 'CFItem',
        targetName: 'Text alternatives',
        targetDescription: item.fullStatement,
        targetUrl: item.uri,
        targetCode: item.identifier,
        targetFramework: portal.site.title,
      },
      {
        type: ['Alignment'],
        targetName: 'WCAG 2.2 1.1',
        targetUrl: 'https://www.w3.org/TR/WCAG22/#text-alternatives',
        targetFramework: 'WCAG 2.2',
        targetCode: '1.1',
      },
    ]);
  });

  it('says an area is earned by mastering its competencies, listed in Markdown', () => {
    const names = portal.competencies.perceivable!.children.map(
      (id) => `- ${portal.competencies[id]!.title}`,
    );
    expect(buildCompetencyAchievement(portal, 'perceivable', urls).criteria.narrative).toBe(
      `Master every competency in this area:\n\n${names.join('\n')}`,
    );
  });

  it('puts the fields a reader looks for first', () => {
    expect(
      Object.keys(buildCompetencyAchievement(portal, 'perceivable', urls)).slice(0, 5),
    ).toEqual(['@context', 'id', 'type', 'achievementType', 'name']);
  });

  it('says a competency without a check is earned by completing its path', () => {
    const id = portal.competencyOrder.find(
      (candidate) =>
        !portal.competencies[candidate]!.assessment &&
        portal.competencies[candidate]!.children.length === 0 &&
        portal.competencies[candidate]!.path.length > 0,
    )!;
    expect(buildCompetencyAchievement(portal, id, urls).criteria.narrative).toMatch(
      /^Complete every lesson of the learning path \(\d+ micro-lessons?, about \d+ minutes\); a lesson with a quiz counts as complete once its quiz is passed\.$/,
    );
  });
});

describe('buildCertificationAchievement on content/', () => {
  it('is valid for every certification and aligned to the CASE item of each required competency', () => {
    expect(portal.certifications.length).toBeGreaterThan(0);
    for (const certification of portal.certifications) {
      const achievement = buildCertificationAchievement(portal, certification, urls);
      expect(validate(achievement), formatErrors(validate.errors)).toBe(true);
      expect(achievement.achievementType).toBe('Certificate');
      expect(achievement.id).toBe(
        `https://example.org/my-portal/badges/certifications/${certification.id}.json`,
      );
      expect(achievement.alignment.map((alignment) => alignment.targetUrl)).toEqual(
        certification.competencies.map((id) => `https://example.org/my-portal/competencies/${id}/`),
      );
      expect(achievement.alignment.every((alignment) => alignment.targetType === 'CFItem')).toBe(
        true,
      );
      expect(achievement.criteria.narrative).toBe(
        `Master all ${certification.competencies.length} competencies the certification requires (each competency's page says how):\n\n${certification.competencies.map((id) => `- ${portal.competencies[id]!.title}`).join('\n')}`,
      );
      if (certification.ceCredits)
        expect(achievement.creditsAvailable).toBe(certification.ceCredits);
    }
  });
});

describe('Achievements of the smallest fixture', () => {
  it('are valid on a site with no URL and no organisation', () => {
    const fixture = readPortal(join(repoRoot, VALID_FIXTURE));
    const local = createSiteUrls(undefined, '/');
    for (const id of fixture.competencyOrder)
      expect(
        validate(buildCompetencyAchievement(fixture, id, local)),
        formatErrors(validate.errors),
      ).toBe(true);
    for (const certification of fixture.certifications)
      expect(
        validate(buildCertificationAchievement(fixture, certification, local)),
        formatErrors(validate.errors),
      ).toBe(true);
  });
});

describe('toLanguageTag', () => {
  it('normalises case and separators to the BCP 47 form Open Badges accepts', () => {
    expect(toLanguageTag('en')).toBe('en');
    expect(toLanguageTag('en-gb')).toBe('en-GB');
    expect(toLanguageTag('zh_hant_tw')).toBe('zh-Hant-TW');
    expect(toLanguageTag('es-419')).toBe('es-419');
    expect(toLanguageTag('english please')).toBeUndefined();
  });
});
