/** The kinds of content file a portal is built from. */
export type ContentKind = 'site' | 'competencies' | 'lessons' | 'assessments' | 'certifications';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  /** The collection the file belongs to. */
  kind: ContentKind;
  /** The entry's id: the file name without its extension. */
  id: string;
  /** Path relative to the project root, for messages (e.g. `content/lessons/a/b.mdx`). */
  file: string;
  /** Parsed YAML data or frontmatter; undefined when it could not be parsed. */
  data: unknown;
  /** Why the file could not be parsed. */
  parseError?: { message: string; line?: number };
  /** Lesson body (MDX), when the file is a lesson. */
  body?: string;
  /** 1-based line where the lesson body starts. */
  bodyLine?: number;
}

/** Every content file of a portal, grouped by kind. */
export interface RawContent {
  /** The content folder as given, for messages. */
  root: string;
  site?: RawEntry;
  competencies: RawEntry[];
  lessons: RawEntry[];
  assessments: RawEntry[];
  certifications: RawEntry[];
  /** SVG files anywhere in the folder (lesson images), which the build copies into the site as they are. */
  svgs?: { file: string; text: string }[];
}
