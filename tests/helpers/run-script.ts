import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './content-files';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

/** What a script run ended with. */
export interface ScriptResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/<script>` from the repository root and returns its exit code and output, failing or not. */
export async function runScript(script: string, args: string[], env: Record<string, string | undefined>): Promise<ScriptResult> {
  try {
    const { stdout, stderr } = await run(tsx, [join('scripts', script), ...args], { cwd: repoRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
