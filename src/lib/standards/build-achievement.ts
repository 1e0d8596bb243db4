import type { CertificationView, Portal } from '../portal/build-portal';
import { createCaseIdentifiers } from './case-identifiers';
import { describeCertificationCriteria, describeCompetencyCriteria } from './describe-criteria';
import type { SiteUrls } from './site-urls';
import { standardsPaths } from './standards-paths';

/** JSON-LD contexts of an Open Badges 3.0 document. */
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

/** An Open Badges 3.0 `Achievement`: what a competency or certification stands for and how it is earned. */
export interface Achievement {
  '@context': string[];
  id: string;
  type: ['Achievement'];
  achievementType: 'Competency' | 'Certificate';
  name: string;
  description: string;
  criteria: { id: string; narrative: string };
  image: { id: string; type: 'Image'; caption: string };
  alignment: { type: ['Alignment']; targetName: string; targetUrl: string; targetType?: string; targetCode?: string; targetFramework?: string; targetDescription?: string }[];
  creator: { id: string; type: ['Profile']; name: string; url: string };
  [key: string]: unknown;
}

/** A competency's Achievement, aligned to its CASE item and to the outside items it is aligned to. */
export function buildCompetencyAchievement(portal: Portal, id: string, urls: SiteUrls): Achievement {
  const ids = createCaseIdentifiers(urls);
  const competency = portal.competencies[id]!;
  return {
    '@context': OB3_CONTEXT,
    id: urls.of(standardsPaths.competencyAchievement(id)),
    type: ['Achievement'],
    achievementType: 'Competency',
    name: competency.title,
    description: competency.summary,
    criteria: { id: urls.of(`/competencies/${id}/`), narrative: describeCompetencyCriteria(portal, id) },
    image: { id: urls.of(standardsPaths.competencyImage(id)), type: 'Image', caption: `Badge: ${competency.title}` },
    alignment: [
      caseAlignment(portal, id, ids.itemUri(id), ids.item(id)),
      ...competency.alignments.map((alignment) => ({
        type: ['Alignment'] as ['Alignment'],
        targetName: [alignment.framework, alignment.code].filter(Boolean).join(' '),
        targetUrl: alignment.url,
        targetFramework: alignment.framework,
        ...(alignment.code ? { targetCode: alignment.code } : {}),
      })),
    ],
    ...(competency.code ? { humanCode: competency.code } : {}),
    ...(competency.credits ? { creditsAvailable: competency.credits } : {}),
    ...issuedBy(portal, urls),
  };
}

/** A certification's Achievement, aligned to the CASE items of the competencies it requires. */
export function buildCertificationAchievement(portal: Portal, certification: CertificationView, urls: SiteUrls): Achievement {
  const ids = createCaseIdentifiers(urls);
  return {
    '@context': OB3_CONTEXT,
    id: urls.of(standardsPaths.certificationAchievement(certification.id)),
    type: ['Achievement'],
    achievementType: 'Certificate',
    name: certification.title,
    description: certification.description,
    criteria: { id: urls.of(`/certifications/${certification.id}/`), narrative: describeCertificationCriteria(portal, certification) },
    image: { id: urls.of(standardsPaths.certificationImage(certification.id)), type: 'Image', caption: `Badge: ${certification.title}` },
    alignment: certification.competencies.filter((id) => portal.competencies[id]).map((id) => caseAlignment(portal, id, ids.itemUri(id), ids.item(id))),
    ...(certification.ceCredits ? { creditsAvailable: certification.ceCredits } : {}),
    ...issuedBy(portal, urls),
  };
}

function caseAlignment(portal: Portal, id: string, targetUrl: string, identifier: string): Achievement['alignment'][number] {
  const competency = portal.competencies[id]!;
  return {
    type: ['Alignment'],
    targetType: 'CFItem',
    targetName: competency.title,
    targetDescription: competency.summary,
    targetUrl,
    // The CFItem identifier: unique in the framework even where a competency has no code.
    targetCode: identifier,
    targetFramework: portal.site.title,
  };
}

/** The creator (the association running the portal) and the content's language. */
function issuedBy(portal: Portal, urls: SiteUrls) {
  const { site } = portal;
  const language = toLanguageTag(site.locale);
  return {
    creator: { id: urls.root, type: ['Profile'] as ['Profile'], name: site.organisation || site.title, url: urls.root },
    ...(language ? { inLanguage: language } : {}),
  };
}

/** "en", "en-gb" → "en", "en-GB": the form Open Badges accepts; undefined for anything else. */
export function toLanguageTag(locale: string): string | undefined {
  const match = /^([a-z]{2,4})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i.exec(locale.trim());
  if (!match) return undefined;
  const [, language, script, region] = match;
  return [language!.toLowerCase(), script && script[0]!.toUpperCase() + script.slice(1).toLowerCase(), region?.toUpperCase()].filter(Boolean).join('-');
}
