import { formatZodIssues } from '../checks/format-zod-issue';
import type { Problem } from '../checks/problem';
import { CompetencySchema } from '../../schemas';
import { parseYaml } from '../content/parse-yaml';
import { type ImportedCompetency, toCompetencyYaml } from './imported-competency';

/** One file an import would write, and how it compares with what is on disk. */
export interface PlannedFile {
  /** Path of the file, as printed (e.g. `content/competencies/x.yaml`). */
  path: string;
  text: string;
  /** `new`: no such file; `unchanged`: same text; `changed`: a file with other content is there. */
  status: 'new' | 'unchanged' | 'changed';
}

/** What an import would do. */
export interface ImportPlan {
  files: PlannedFile[];
  /** Schema problems of the generated files: a bug in the import if ever non-empty. */
  problems: Problem[];
  /** Existing files with other content, which only --force overwrites. */
  conflicts: PlannedFile[];
}

/**
 * Plans the files of an import: each competency's YAML, checked against the competency schema
 * by the same parser the build uses, and compared with the existing file's text (`read` returns
 * undefined for a file that does not exist).
 */
export function planImport(competencies: ImportedCompetency[], outDir: string, read: (path: string) => string | undefined): ImportPlan {
  const problems: Problem[] = [];
  const files = competencies.map((competency): PlannedFile => {
    const path = `${outDir.replace(/\/+$/, '')}/${competency.id}.yaml`;
    const text = toCompetencyYaml(competency);
    const data = parseYaml(text);
    const result = CompetencySchema.safeParse(data);
    if (!result.success) problems.push(...formatZodIssues(path, CompetencySchema, result.error.issues, data));
    const existing = read(path);
    return { path, text, status: existing === undefined ? 'new' : existing === text ? 'unchanged' : 'changed' };
  });
  return { files, problems, conflicts: files.filter((file) => file.status === 'changed') };
}
