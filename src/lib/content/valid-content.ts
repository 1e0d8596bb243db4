import type { Assessment, Certification, Competency, Lesson, Site } from '../../schemas';

/** A validated content entry with where it came from. */
export interface Entry<T> {
  /** The entry's id (file name without extension). */
  id: string;
  /** Path of its file, for messages and "Edit this page". */
  file: string;
  /** The validated data. */
  data: T;
  /** Lesson body (MDX source). */
  body?: string;
}

/** The whole portal's content after schema validation. */
export interface ValidContent {
  site: Site;
  competencies: Entry<Competency>[];
  lessons: Entry<Lesson>[];
  assessments: Entry<Assessment>[];
  certifications: Entry<Certification>[];
}
