import type { SiteUrls } from './site-urls';
import { standardsPaths } from './standards-paths';
import { URL_NAMESPACE, uuidV5 } from './uuid-v5';

/**
 * Identifiers and URIs of the exported CASE framework. Every identifier is a UUIDv5 of a name
 * under a namespace derived from the portal's URL, so it stays the same from build to build and
 * differs between portals; a competency's comes from its id.
 */
export interface CaseIdentifiers {
  /** The CFDocument's identifier. */
  document: string;
  /** The CFDocument's URI: the package itself. */
  documentUri: string;
  /** A competency's CFItem identifier. */
  item(id: string): string;
  /** A competency's CFItem URI: its page, where the statement is published. */
  itemUri(id: string): string;
  /** Identifier of any other object of the package, from a name unique within it. */
  other(name: string): string;
  /** URI of another object of the package: the package with the object's identifier as fragment. */
  otherUri(name: string): string;
}

/** Creates the identifier scheme of a portal published at `urls.root`. */
export function createCaseIdentifiers(urls: SiteUrls): CaseIdentifiers {
  const namespace = uuidV5(urls.root, URL_NAMESPACE);
  const documentUri = urls.of(standardsPaths.casePackage());
  const other = (name: string) => uuidV5(name, namespace);
  return {
    document: uuidV5('CFDocument', namespace),
    documentUri,
    item: (id) => uuidV5(`CFItem:${id}`, namespace),
    itemUri: (id) => urls.of(`/competencies/${id}/`),
    other,
    otherUri: (name) => `${documentUri}#${other(name)}`,
  };
}
