/** The modules a schema barrel re-exports, in its order: `export * from './lesson';` → "lesson". */
export function listSchemaModules(barrel: string): string[] {
  return [...barrel.matchAll(/^export\s+\*\s+from\s+['"]\.\/([\w.-]+?)(?:\.ts)?['"]/gm)].map(
    (match) => match[1]!,
  );
}
