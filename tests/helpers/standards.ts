import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checkContent } from '../../src/lib/checks/check-content';
import { formatReport } from '../../src/lib/checks/format-report';
import { readContentDir } from '../../src/lib/node/read-content-dir';
import { buildPortal, type Portal } from '../../src/lib/portal/build-portal';
import { repoRoot } from './content-files';

// The real public files the standards work is tested on are copied unmodified into
// tests/fixtures/standards (see its README for their licences), so any clone can run the tests.
// They are test inputs only: nothing from them goes into content/.

/** The folder of real-world data: MICROPATH_SHARED_DATA, else tests/fixtures/standards. */
export const sharedDataDir =
  process.env.MICROPATH_SHARED_DATA || join(repoRoot, 'tests', 'fixtures', 'standards');

/** The path of a shared data file; throws with what to do when it is missing. */
export function sharedData(name: string): string {
  const path = join(sharedDataDir, name);
  if (!existsSync(path))
    throw new Error(
      `${path} is missing: restore tests/fixtures/standards, or set MICROPATH_SHARED_DATA to a folder with the file.`,
    );
  return path;
}

const CASE_SCHEMA = 'case-v1p1-cfpackage.schema.json';
const OB_SCHEMA = 'ob-v3p0-achievementcredential.schema.json';

let ajv: Ajv2019 | undefined;

/** One ajv (draft 2019-09, with formats) holding both official schemas, unmodified. */
function validator(): Ajv2019 {
  if (ajv) return ajv;
  ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const name of [CASE_SCHEMA, OB_SCHEMA])
    ajv.addSchema(JSON.parse(readFileSync(sharedData(name), 'utf8')));
  return ajv;
}

function schemaId(name: string): string {
  return (JSON.parse(readFileSync(sharedData(name), 'utf8')) as { $id: string }).$id;
}

/** Validates a CFPackage against the official CASE 1.1 schema. */
export function compileCasePackage(): ValidateFunction {
  return validator().getSchema(schemaId(CASE_SCHEMA))!;
}

/** Validates an Achievement against `$defs/Achievement` of the official Open Badges 3.0 schema. */
export function compileAchievement(): ValidateFunction {
  achievement ??= validator().compile({ $ref: `${schemaId(OB_SCHEMA)}#/$defs/Achievement` });
  return achievement;
}

let achievement: ValidateFunction | undefined;

/** ajv's errors as readable lines, for assertion messages. */
export function formatErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`)
    .join('\n');
}

/** The portal of a content folder, built as the site builds it but without Astro; throws on content errors. */
export function readPortal(dir = join(repoRoot, 'content')): Portal {
  const { problems, content } = checkContent(readContentDir(dir, repoRoot));
  if (!content)
    throw new Error(`${dir} does not pass the content checks:\n\n${formatReport(problems)}`);
  return buildPortal(content);
}
