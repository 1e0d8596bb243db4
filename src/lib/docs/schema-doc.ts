/** One documented field of a schema, as the frontmatter reference lists it. */
export interface FieldDoc {
  /** Its path from the schema's top: `theme.accent`, `pairs[].left`. */
  path: string;
  /** The kind of value, in words with Markdown links to other schemas: "whole number (> 0)". */
  type: string;
  required: boolean;
  /** The default as an editor would write it, when there is one worth showing. */
  default?: string;
  /** The field's doc comment. */
  doc: string;
}

/** One member of a discriminated union, e.g. the `single` question. */
export interface VariantDoc {
  /** The discriminator's value, e.g. "single". */
  value: string;
  /** Its fields other than those every member shares. */
  fields: FieldDoc[];
}

/** A named schema of `src/schemas/` with the doc comments of its fields. */
export interface SchemaDoc {
  /** The exported name, e.g. `LessonSchema`. */
  name: string;
  /** A heading for it: `LessonSchema` → "Lesson", `FooterLinkSchema` → "Footer link". */
  title: string;
  /** The schema's own doc comment. */
  doc: string;
  /** `object` has fields; `union` has shared fields and variants; `value` is a single value (e.g. a slug). */
  kind: 'object' | 'union' | 'value';
  fields: FieldDoc[];
  /** For a union: the field that decides the variant, and the variants. */
  discriminator?: string;
  variants: VariantDoc[];
  /** Other named schemas its fields use, in order of first use. */
  references: string[];
  /** The file it is declared in. */
  file: string;
}
