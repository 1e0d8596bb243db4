import { ImportError, type ImportNotes } from './import-notes';

/** A reference to a node as an association gives it: identifier and URI, its title ignored. */
export interface CaseNodeRef {
  identifier: string;
  uri?: string;
}

/** A CFItem with the fields the import uses. */
export interface CaseItem {
  identifier: string;
  uri?: string;
  fullStatement: string;
  abbreviatedStatement?: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  notes?: string;
}

/** A CFAssociation with the fields the import uses. */
export interface CaseAssociation {
  associationType: string;
  origin: CaseNodeRef;
  destination: CaseNodeRef;
  sequenceNumber?: number;
}

/** A CFPackage after normalisation: what the rest of the import can rely on. */
export interface CasePackageIn {
  document: { identifier: string; uri?: string; title: string };
  items: CaseItem[];
  associations: CaseAssociation[];
}

/** Properties of the CASE 1.1 package schema, per object; others are reported and ignored. */
const KNOWN = {
  package: ['CFDocument', 'CFItems', 'CFAssociations', 'CFDefinitions', 'CFRubrics', 'extensions'],
  document: ['identifier', 'uri', 'frameworkType', 'caseVersion', 'creator', 'title', 'lastChangeDateTime', 'officialSourceURL', 'publisher', 'description', 'subject', 'subjectURI', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseURI', 'notes', 'extensions'],
  item: ['identifier', 'fullStatement', 'alternativeLabel', 'CFItemType', 'uri', 'humanCodingScheme', 'listEnumeration', 'abbreviatedStatement', 'conceptKeywords', 'conceptKeywordsURI', 'notes', 'subject', 'subjectURI', 'language', 'educationLevel', 'CFItemTypeURI', 'licenseURI', 'statusStartDate', 'statusEndDate', 'lastChangeDateTime', 'extensions'],
  association: ['identifier', 'associationType', 'sequenceNumber', 'uri', 'originNodeURI', 'destinationNodeURI', 'CFAssociationGroupingURI', 'lastChangeDateTime', 'notes', 'extensions'],
} as const;

/** Titles exporters put on node links instead of the node's own title. */
const PLACEHOLDER_TITLES = new Set(['', 'origin', 'destination', 'null']);

type Json = Record<string, unknown>;

/**
 * Reads a CASE 1.0 or 1.1 CFPackage leniently: unwraps `{CFPackage: …}`, reads text sequence
 * numbers and date-times without a time zone, ignores unknown properties and link titles, and
 * notes every such repair. Throws an ImportError only when the package cannot be used at all.
 */
export function readCasePackage(input: unknown, notes: ImportNotes): CasePackageIn {
  let root = asObject(input);
  if (!root) throw new ImportError('the file is not a JSON object: a CASE file holds a CFPackage, {"CFDocument": …, "CFItems": […], "CFAssociations": […]}.');
  const wrapped = asObject(root.CFPackage);
  if (wrapped && !root.CFDocument) {
    notes.add('{"CFPackage": …} wrapper around the package: unwrapped');
    root = wrapped;
  }
  const documentIn = asObject(root.CFDocument);
  if (!documentIn) throw new ImportError(`the file has no CFDocument${root.CFItems ? '' : ' and no CFItems'}: it does not look like a CASE package. Export the framework as a CFPackage (the whole framework, not a single item).`);
  if (!Array.isArray(root.CFItems) || root.CFItems.length === 0) throw new ImportError('the package has no CFItems, so there is nothing to import.');
  reportUnknown(root, KNOWN.package, notes);
  reportUnknown(documentIn, KNOWN.document, notes);
  const version = text(documentIn.caseVersion);
  if (version !== '1.1') notes.add(version ? `caseVersion "${version}": read as CASE 1.1` : 'no caseVersion (CASE 1.0): read as CASE 1.1');

  const identifier = text(documentIn.identifier);
  if (!identifier) throw new ImportError('the CFDocument has no identifier.');
  const dateTimes = [documentIn.lastChangeDateTime];
  const document = { identifier, uri: text(documentIn.uri), title: text(documentIn.title) ?? 'Imported framework' };

  const items: CaseItem[] = [];
  for (const value of root.CFItems) {
    const item = asObject(value);
    const id = text(item?.identifier);
    const fullStatement = text(item?.fullStatement) ?? text(item?.abbreviatedStatement) ?? text(item?.humanCodingScheme);
    if (!item || !id || !fullStatement) {
      notes.add('CFItem without an identifier or any statement: skipped');
      continue;
    }
    reportUnknown(item, KNOWN.item, notes);
    if (!text(item.fullStatement)) notes.add('CFItem without a fullStatement: used its abbreviatedStatement or code');
    dateTimes.push(item.lastChangeDateTime);
    items.push({
      identifier: id,
      uri: text(item.uri),
      fullStatement,
      abbreviatedStatement: text(item.abbreviatedStatement),
      humanCodingScheme: text(item.humanCodingScheme),
      listEnumeration: text(item.listEnumeration),
      notes: text(item.notes),
    });
  }

  const associations: CaseAssociation[] = [];
  for (const value of Array.isArray(root.CFAssociations) ? root.CFAssociations : []) {
    const association = asObject(value);
    const type = text(association?.associationType);
    const origin = readNode(association?.originNodeURI, notes);
    const destination = readNode(association?.destinationNodeURI, notes);
    if (!association || !type || !origin || !destination) {
      notes.add('CFAssociation without a type, origin or destination: skipped');
      continue;
    }
    reportUnknown(association, KNOWN.association, notes);
    dateTimes.push(association.lastChangeDateTime);
    associations.push({ associationType: type, origin, destination, sequenceNumber: readSequence(association.sequenceNumber, notes) });
  }
  const zoneless = dateTimes.filter((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(value.trim())).length;
  notes.add('date-time without a time zone: read as UTC', zoneless);
  return { document, items, associations };
}

function readNode(value: unknown, notes: ImportNotes): CaseNodeRef | undefined {
  // CASE 1.0 exports sometimes give a bare URI string instead of a link object.
  if (typeof value === 'string' && value.trim()) {
    notes.add('node link given as a bare URI: read as a link');
    const uri = value.trim();
    return { identifier: uri.split('/').filter(Boolean).at(-1) ?? uri, uri };
  }
  const link = asObject(value);
  const identifier = text(link?.identifier);
  if (!link || !identifier) return undefined;
  const title = typeof link.title === 'string' ? link.title.trim().toLowerCase() : '';
  if (PLACEHOLDER_TITLES.has(title)) notes.add(`node link with a placeholder title ("Origin", "Destination"): title ignored`);
  return { identifier, uri: text(link.uri) };
}

function readSequence(value: unknown, notes: ImportNotes): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) {
    notes.add('sequenceNumber written as text: read as a number');
    return Number(value);
  }
  if (value !== undefined && value !== null) notes.add('sequenceNumber that is not a number: ignored');
  return undefined;
}

function reportUnknown(object: Json, known: readonly string[], notes: ImportNotes): void {
  for (const [key, value] of Object.entries(object)) {
    if (value === null) notes.add('property set to null: ignored');
    else if (!known.includes(key)) notes.add(`property outside the CASE 1.1 package schema: ${key} (ignored)`);
  }
}

function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** A non-empty trimmed string, or undefined; numbers count as text (codes such as 1.10 exported as numbers). */
function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
