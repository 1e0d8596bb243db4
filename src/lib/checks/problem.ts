/** One thing wrong with the content, phrased for the editor who has to fix it. */
export interface Problem {
  /** Errors stop the build; warnings are listed and let it go on. */
  severity: 'error' | 'warning';
  /** Permanent name of the rule, e.g. `unknown-competency`. */
  rule: string;
  /** The file to fix, relative to the project root. */
  file: string;
  /** Path of the field inside the file, e.g. `quiz.questions[2].choices`. */
  field?: string;
  /** What happened and why, quoting the bad value. */
  message: string;
  /** What to do about it. */
  fix?: string;
  /** 1-based line, when known. */
  line?: number;
}

/** Creates an error problem. */
export function error(rule: string, file: string, field: string | undefined, message: string, fix?: string): Problem {
  return { severity: 'error', rule, file, field, message, fix };
}

/** Creates a warning problem. */
export function warning(rule: string, file: string, field: string | undefined, message: string, fix?: string): Problem {
  return { severity: 'warning', rule, file, field, message, fix };
}

/** Quotes a value from the content for a message, shortened when long. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Formats a path array such as ['quiz', 'questions', 2, 'id'] as `quiz.questions[2].id`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
