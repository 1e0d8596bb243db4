import type { Portal } from '../portal/build-portal';
import { createCaseIdentifiers } from './case-identifiers';
import type { SiteUrls } from './site-urls';

/** A CASE link to another object: what `originNodeURI`, `CFItemTypeURI` and the like hold. */
export interface CaseLink {
  title: string;
  identifier: string;
  uri: string;
}

/** The CASE 1.1 CFPackage this portal publishes (the subset of the specification it fills in). */
export interface CasePackage {
  CFDocument: Record<string, unknown> & { identifier: string; uri: string; title: string };
  CFItems: (Record<string, unknown> & { identifier: string; uri: string; fullStatement: string })[];
  CFAssociations: (Record<string, unknown> & { associationType: string; originNodeURI: CaseLink; destinationNodeURI: CaseLink })[];
  CFDefinitions: { CFItemTypes: Record<string, unknown>[] };
}

/** What the export needs besides the portal. */
export interface CaseExportOptions {
  urls: SiteUrls;
  /** When the framework last changed, as an ISO date-time with a time zone (see findContentDate). */
  changed: string;
}

/** The two kinds of item the framework has: areas (top level) and the competencies under them. */
const ITEM_TYPES = [
  { typeCode: 'Area', hierarchyCode: '1', description: 'A top-level area of the framework; mastered when every competency in it is.' },
  { typeCode: 'Competency', hierarchyCode: '2', description: 'A competency with its own learning path of micro-lessons.' },
] as const;

/**
 * Builds the framework as a CASE 1.1 CFPackage: one CFItem per competency in display order,
 * `isChildOf` associations (to the parent, or to the CFDocument for an area) numbered by position
 * among siblings, and `isRelatedTo` associations to the outside frameworks a competency is aligned to.
 */
export function buildCasePackage(portal: Portal, { urls, changed }: CaseExportOptions): CasePackage {
  const ids = createCaseIdentifiers(urls);
  const { site, competencies } = portal;
  const itemTypes = ITEM_TYPES.map((type) => ({
    identifier: ids.other(`CFItemType:${type.typeCode}`),
    uri: ids.otherUri(`CFItemType:${type.typeCode}`),
    title: type.typeCode,
    description: type.description,
    hierarchyCode: type.hierarchyCode,
    typeCode: type.typeCode,
    lastChangeDateTime: changed,
  }));
  const typeLink = (type: (typeof itemTypes)[number]): CaseLink => ({ title: type.title, identifier: type.identifier, uri: type.uri });
  const itemLink = (id: string): CaseLink => ({ title: competencies[id]!.title, identifier: ids.item(id), uri: ids.itemUri(id) });
  const documentLink: CaseLink = { title: site.title, identifier: ids.document, uri: ids.documentUri };

  const siblingsOf = (id: string) => {
    const parent = competencies[id]!.ancestors.at(-2);
    return parent ? competencies[parent]!.children : portal.areas;
  };
  const items = portal.competencyOrder.map((id) => {
    const competency = competencies[id]!;
    const type = competency.ancestors.length === 1 ? itemTypes[0] : itemTypes[1];
    return {
      identifier: ids.item(id),
      uri: ids.itemUri(id),
      fullStatement: competency.summary,
      abbreviatedStatement: competency.title,
      ...(competency.code ? { humanCodingScheme: competency.code } : {}),
      listEnumeration: String(siblingsOf(id).indexOf(id) + 1),
      ...(competency.description.trim() ? { notes: competency.description.trim() } : {}),
      language: site.locale,
      CFItemType: type.title,
      CFItemTypeURI: typeLink(type),
      lastChangeDateTime: changed,
    };
  });

  const associations = portal.competencyOrder.flatMap((id) => {
    const competency = competencies[id]!;
    const parent = competency.ancestors.at(-2);
    const childOf = {
      identifier: ids.other(`isChildOf:${id}`),
      uri: ids.otherUri(`isChildOf:${id}`),
      associationType: 'isChildOf',
      sequenceNumber: siblingsOf(id).indexOf(id) + 1,
      originNodeURI: itemLink(id),
      destinationNodeURI: parent ? itemLink(parent) : documentLink,
      lastChangeDateTime: changed,
    };
    const related = competency.alignments.map((alignment) => ({
      identifier: ids.other(`isRelatedTo:${id}:${alignment.url}`),
      uri: ids.otherUri(`isRelatedTo:${id}:${alignment.url}`),
      associationType: 'isRelatedTo',
      originNodeURI: itemLink(id),
      // Outside items have no CASE identifier we know of: their URL identifies them.
      destinationNodeURI: { title: [alignment.framework, alignment.code].filter(Boolean).join(' '), identifier: alignment.url, uri: alignment.url },
      lastChangeDateTime: changed,
    }));
    return [childOf, ...related];
  });

  return {
    CFDocument: {
      identifier: ids.document,
      uri: ids.documentUri,
      creator: site.organisation || site.title,
      title: site.title,
      lastChangeDateTime: changed,
      officialSourceURL: urls.of('/competencies/'),
      ...(site.organisation ? { publisher: site.organisation } : {}),
      ...(site.tagline ? { description: site.tagline } : {}),
      language: site.locale,
      caseVersion: '1.1',
      ...(site.attribution ? { notes: site.attribution } : {}),
    },
    CFItems: items,
    CFAssociations: associations,
    CFDefinitions: { CFItemTypes: itemTypes },
  };
}

/**
 * When the content last changed: the newest `updated` day of a published lesson, at midnight UTC,
 * so rebuilding the same content publishes the same package. `fallback` when no lesson has a date.
 */
export function findContentDate(portal: Portal, fallback: Date): string {
  const days = Object.values(portal.lessons).map((lesson) => lesson.updated).filter((day): day is string => Boolean(day)).sort();
  const newest = days.at(-1);
  return newest ? `${newest}T00:00:00Z` : `${fallback.toISOString().slice(0, 19)}Z`;
}
