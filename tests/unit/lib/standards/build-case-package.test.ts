import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCasePackage,
  findContentDate,
} from '../../../../src/lib/standards/build-case-package';
import { createSiteUrls } from '../../../../src/lib/standards/site-urls';
import { repoRoot, VALID_FIXTURE } from '../../../helpers/content-files';
import { compileCasePackage, formatErrors, readPortal } from '../../../helpers/standards';

const portal = readPortal();
const urls = createSiteUrls('https://example.org/my-portal/', '/my-portal/');
const changed = findContentDate(portal, new Date('2030-01-01T00:00:00Z'));
const casePackage = buildCasePackage(portal, { urls, changed });

describe('buildCasePackage on content/', () => {
  it('is valid against the official CASE 1.1 CFPackage schema', () => {
    const validate = compileCasePackage();
    expect(validate(casePackage), formatErrors(validate.errors)).toBe(true);
  });

  it('has one CFItem per competency, in display order, coded and typed', () => {
    expect(casePackage.CFItems).toHaveLength(portal.competencyOrder.length);
    expect(casePackage.CFItems.map((item) => item.abbreviatedStatement)).toEqual(
      portal.competencyOrder.map((id) => portal.competencies[id]!.title),
    );
    const textAlternatives = casePackage.CFItems.find(
      (item) => item.abbreviatedStatement === 'Text alternatives',
    )!;
    expect(textAlternatives).toMatchObject({
      uri: 'https://example.org/my-portal/competencies/text-alternatives/',
      humanCodingScheme: '1.1',
      listEnumeration: '1',
      CFItemType: 'Competency',
      fullStatement: portal.competencies['text-alternatives']!.summary,
    });
    expect(casePackage.CFItems.filter((item) => item.CFItemType === 'Area')).toHaveLength(
      portal.areas.length,
    );
  });

  it('links every competency to its parent, and every area to the document, numbered by position', () => {
    const childOf = casePackage.CFAssociations.filter(
      (association) => association.associationType === 'isChildOf',
    );
    expect(childOf).toHaveLength(portal.competencyOrder.length);
    const areas = childOf.filter(
      (association) =>
        association.destinationNodeURI.identifier === casePackage.CFDocument.identifier,
    );
    expect(
      areas.map((association) => [association.originNodeURI.title, association.sequenceNumber]),
    ).toEqual(portal.areas.map((id, index) => [portal.competencies[id]!.title, index + 1]));
    const underPerceivable = childOf.filter(
      (association) => association.destinationNodeURI.title === 'Perceivable',
    );
    expect(underPerceivable.map((association) => association.originNodeURI.title)).toEqual(
      portal.competencies.perceivable!.children.map((id) => portal.competencies[id]!.title),
    );
  });

  it('keeps alignments to outside frameworks as isRelatedTo associations', () => {
    const related = casePackage.CFAssociations.filter(
      (association) => association.associationType === 'isRelatedTo',
    );
    expect(related.length).toBe(
      portal.competencyOrder.reduce(
        (total, id) => total + portal.competencies[id]!.alignments.length,
        0,
      ),
    );
    expect(
      related.find((association) => association.originNodeURI.title === 'Text alternatives')
        ?.destinationNodeURI,
    ).toEqual({
      title: 'WCAG 2.2 1.1',
      identifier: 'https://www.w3.org/TR/WCAG22/#text-alternatives',
      uri: 'https://www.w3.org/TR/WCAG22/#text-alternatives',
    });
  });

  it('uses identifiers that are unique, stable across builds and different for another site URL', () => {
    const identifiers = [
      casePackage.CFDocument,
      ...casePackage.CFItems,
      ...casePackage.CFAssociations,
    ].map((object) => object.identifier);
    expect(new Set(identifiers).size).toBe(identifiers.length);
    expect(buildCasePackage(readPortal(), { urls, changed })).toEqual(casePackage);
    const elsewhere = buildCasePackage(portal, {
      urls: createSiteUrls('https://other.example/', '/'),
      changed,
    });
    expect(elsewhere.CFItems[0]!.identifier).not.toBe(casePackage.CFItems[0]!.identifier);
  });

  it('puts every URI under the site URL, base path included', () => {
    const uris = [
      casePackage.CFDocument.uri,
      ...casePackage.CFItems.map((item) => item.uri),
      ...casePackage.CFDefinitions.CFItemTypes.map((type) => type.uri as string),
    ];
    expect(uris.filter((uri) => !uri.startsWith('https://example.org/my-portal/'))).toEqual([]);
    expect(casePackage.CFDocument.uri).toBe('https://example.org/my-portal/case/framework.json');
  });
});

describe('buildCasePackage on the smallest fixture', () => {
  it('is valid too, without an organisation or tagline', () => {
    const fixture = readPortal(join(repoRoot, VALID_FIXTURE));
    const validate = compileCasePackage();
    const result = buildCasePackage(fixture, {
      urls: createSiteUrls(undefined, '/'),
      changed: '2026-01-01T00:00:00Z',
    });
    expect(validate(result), formatErrors(validate.errors)).toBe(true);
    expect(
      result.CFItems.find((item) => item.abbreviatedStatement === 'Skill A')?.humanCodingScheme,
    ).toBe('1.10');
  });
});

describe('findContentDate', () => {
  it('is the newest lesson update at midnight UTC, so the same content gives the same package', () => {
    const newest = Object.values(portal.lessons)
      .map((lesson) => lesson.updated ?? '')
      .sort()
      .at(-1);
    expect(changed).toBe(`${newest}T00:00:00Z`);
  });

  it('falls back to the given time when no lesson has a date', () => {
    expect(findContentDate({ ...portal, lessons: {} }, new Date('2030-01-02T03:04:05.678Z'))).toBe(
      '2030-01-02T03:04:05Z',
    );
  });
});
