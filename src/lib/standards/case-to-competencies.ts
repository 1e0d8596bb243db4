import type { Alignment } from '../../schemas';
import { type ImportedCompetency, LIMITS } from './imported-competency';
import type { ImportNotes } from './import-notes';
import type { CaseItem, CaseNodeRef, CasePackageIn } from './read-case-package';
import { shortenText } from './shorten-text';
import { placeInTree, type TreeLink } from './place-in-tree';
import { shortenCodes } from './shorten-codes';
import { slugify, uniqueIds } from './slugify';

/** A `precedes` association between two imported competencies: a hint for lesson prerequisites. */
export interface SuggestedPrerequisite {
  /** The competency to learn first. */
  before: string;
  /** The competency it prepares for. */
  after: string;
}

/** What a CASE package becomes. */
export interface CaseImport {
  /** Competency files in tree order (each parent before its children). */
  competencies: ImportedCompetency[];
  /** `precedes` between imported items, reported but not written. */
  prerequisites: SuggestedPrerequisite[];
}

/**
 * Turns a normalised CFPackage into competencies: the tree from `isChildOf` (siblings by
 * sequenceNumber, then listEnumeration, then code), ids from humanCodingScheme or the statement,
 * alignments to the item's own URI and its `exactMatchOf` targets, `precedes` as suggestions.
 */
export function caseToCompetencies(casePackage: CasePackageIn, notes: ImportNotes): CaseImport {
  const { document, items, associations } = casePackage;
  const byKey = new Map<string, CaseItem>();
  for (const item of items) {
    byKey.set(item.identifier, item);
    if (item.uri) byKey.set(item.uri, item);
  }
  const find = (node: CaseNodeRef) => byKey.get(node.identifier) ?? (node.uri ? byKey.get(node.uri) : undefined);
  const isDocument = (node: CaseNodeRef) => node.identifier === document.identifier || (!!node.uri && node.uri === document.uri);

  // Outside items that an item of the package exactly matches stand for that item in other links.
  const aliases = new Map<string, CaseItem>();
  const exactMatches = new Map<CaseItem, CaseNodeRef[]>();
  const links: TreeLink[] = [];
  for (const association of associations) {
    const origin = find(association.origin);
    const type = association.associationType;
    if (type === 'exactMatchOf' && origin && !find(association.destination)) {
      exactMatches.set(origin, [...(exactMatches.get(origin) ?? []), association.destination]);
      aliases.set(association.destination.identifier, origin);
      if (association.destination.uri) aliases.set(association.destination.uri, origin);
    } else if (type === 'isChildOf') {
      if (!origin) notes.add('isChildOf from a node outside the package: ignored');
      else {
        const parent = find(association.destination);
        if (!parent && !isDocument(association.destination)) notes.add('isChildOf to a node outside the package: the item became an area');
        links.push({ child: origin.identifier, parent: parent?.identifier, sequence: association.sequenceNumber });
      }
    } else if (type !== 'precedes') {
      notes.add(type === 'exactMatchOf' ? 'exactMatchOf between two items of the package: not imported' : `association type not imported: ${type}`);
    }
  }
  notes.add('isChildOf without a sequenceNumber: siblings ordered by listEnumeration, then code', links.filter((link) => link.sequence === undefined).length);
  const placed = new Set(links.map((link) => link.child));
  notes.add('CFItem in no isChildOf: placed at the top as an area', items.filter((item) => !placed.has(item.identifier)).length);
  notes.add('exactMatchOf to an item outside the package: kept as an alignment', [...exactMatches.values()].reduce((total, targets) => total + targets.length, 0));

  const titles = new Map(items.map((item) => [item.identifier, titleOf(item, notes)]));
  const codes = shortenCodes(items.map((item) => item.humanCodingScheme), notes);
  const code = new Map(items.map((item, index) => [item.identifier, codes[index]]));
  const tree = placeInTree(
    items.map((item) => ({ key: item.identifier, sortKeys: [item.listEnumeration, item.humanCodingScheme, titles.get(item.identifier)!] })),
    links,
    notes,
  );
  const ordered = tree.map((node) => byKey.get(node.key)!);
  const { ids, renamed } = uniqueIds(ordered.map((item) => ({ id: slugify(item.humanCodingScheme ?? '') || slugify(titles.get(item.identifier)!) || 'item', key: item.identifier })));
  notes.add('two items gave the same id: made unique with the start of their CASE identifier', renamed);
  const idOf = new Map(ordered.map((item, index) => [item.identifier, ids[index]!]));

  const competencies = tree.map((node, index): ImportedCompetency => {
    const item = ordered[index]!;
    const summary = shortenText(item.fullStatement, LIMITS.summary);
    if (summary !== item.fullStatement) notes.add(`fullStatement over ${LIMITS.summary} characters: summary shortened, full text kept in the description`);
    const description = [summary !== item.fullStatement ? item.fullStatement : '', item.notes ?? ''].filter(Boolean).join('\n\n');
    return {
      id: idOf.get(item.identifier)!,
      data: {
        title: titles.get(item.identifier)!,
        code: code.get(item.identifier),
        parent: node.parent ? idOf.get(node.parent) : undefined,
        order: node.order,
        summary,
        description: description || undefined,
        alignments: alignmentsOf(item, document.title, code.get(item.identifier), exactMatches.get(item) ?? [], notes),
      },
      source: `Imported by npm run import:case from "${document.title}", CASE item ${item.identifier}.`,
    };
  });

  const prerequisites: SuggestedPrerequisite[] = [];
  for (const association of associations.filter((candidate) => candidate.associationType === 'precedes')) {
    const resolve = (node: CaseNodeRef) => find(node) ?? aliases.get(node.identifier) ?? (node.uri ? aliases.get(node.uri) : undefined);
    const before = resolve(association.origin);
    const after = resolve(association.destination);
    if (!before || !after || before === after) {
      notes.add('precedes to a node outside the package: not reported');
      continue;
    }
    if (!find(association.origin) || !find(association.destination)) notes.add('precedes to an item outside the package: matched to an item in it through exactMatchOf');
    prerequisites.push({ before: idOf.get(before.identifier)!, after: idOf.get(after.identifier)! });
  }
  return { competencies, prerequisites };
}

function titleOf(item: CaseItem, notes: ImportNotes): string {
  const source = item.abbreviatedStatement ?? item.fullStatement;
  if (!item.abbreviatedStatement) notes.add('no abbreviatedStatement: title taken from the fullStatement');
  const title = shortenText(source, LIMITS.title);
  if (title !== source) notes.add(`title over ${LIMITS.title} characters: shortened`);
  return title;
}

function alignmentsOf(item: CaseItem, framework: string, code: string | undefined, targets: CaseNodeRef[], notes: ImportNotes): Alignment[] {
  const alignments: Alignment[] = [];
  const add = (alignment: Alignment) => {
    if (!alignments.some((existing) => existing.url === alignment.url)) alignments.push(alignment);
  };
  if (isWebUrl(item.uri)) add({ framework, ...(code ? { code } : {}), url: item.uri! });
  else notes.add('CFItem without a web URI: no alignment to its source');
  for (const target of targets) {
    if (isWebUrl(target.uri)) add({ framework: `Exact match at ${new URL(target.uri!).host}`, url: target.uri! });
    else notes.add('exactMatchOf target without a web URI: ignored');
  }
  return alignments;
}

function isWebUrl(value: string | undefined): boolean {
  try {
    return !!value && ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
