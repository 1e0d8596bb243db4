import type { Problem } from './problem';

/**
 * Remembers each lesson's lint result between builds. A result is found again only under the digest
 * of everything it was computed from (the lesson's file, text and frontmatter, and the site's pages
 * its links were checked against), so a hit is the same result the lint would give now.
 */
export interface LintCache {
  /** A short, collision-resistant digest of `text`. */
  digest(text: string): string;
  /** The problems stored under `key`, if any. */
  get(key: string): Problem[] | undefined;
  /** Stores the problems found for `key`. */
  set(key: string, problems: Problem[]): void;
}

/** Looks `key` up in `cache`, or computes the problems with `lint` and stores them. */
export function lintThroughCache(cache: LintCache | undefined, key: () => string, lint: () => Problem[]): Problem[] {
  if (!cache) return lint();
  const digest = key();
  const known = cache.get(digest);
  if (known) return known;
  const problems = lint();
  cache.set(digest, problems);
  return problems;
}
