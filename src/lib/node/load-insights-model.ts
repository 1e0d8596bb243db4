import { resolve } from 'node:path';
import { checkContent } from '../checks/check-content';
import { formatReport } from '../checks/format-report';
import { buildInsightsModel, type InsightsModel } from '../insights/insights-model';
import { buildPortal } from '../portal/build-portal';
import { readPortalSettings } from './portal-settings';
import { readContentDir } from './read-content-dir';

/**
 * Reads and checks a content folder (`contentDir`, else MICROPATH_CONTENT, else `content`) and
 * builds its insights model with the public URL from MICROPATH_SITE or `site.yaml`; or returns the
 * content check's report when the content has errors, since figures against it would be wrong.
 */
export function loadInsightsModel(options: { contentDir?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): { ok: true; model: InsightsModel } | { ok: false; report: string } {
  const cwd = options.cwd ?? process.cwd();
  const env = { ...(options.env ?? process.env), ...(options.contentDir ? { MICROPATH_CONTENT: resolve(cwd, options.contentDir) } : {}) };
  const settings = readPortalSettings(env, cwd);
  const { problems, content } = checkContent(readContentDir(settings.contentDir, cwd));
  if (!content || problems.some((problem) => problem.severity === 'error')) return { ok: false, report: formatReport(problems) };
  return { ok: true, model: buildInsightsModel(buildPortal(content), settings.site ?? '') };
}
