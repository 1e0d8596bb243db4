import { describe, expect, it } from 'vitest';
import { anchorOf, readSchemaDocs, titleOf } from '../../../../src/lib/docs/read-schema-docs';
import { listSchemaModules } from '../../../../src/lib/docs/list-schema-modules';

// Schema files in memory, written the way src/schemas/ is; nothing here is executed.
const common = `import { z } from 'astro/zod';

/** Lower-case words joined by hyphens. More for developers. */
export const SlugSchema = z.string().regex(/^[a-z]+$/);
`;
const widget = `import { z } from 'astro/zod';
import { SlugSchema } from './common';

const SIZES = ['small', 'large'] as const;
const Shared = {
  /** Shared by every part. */
  id: SlugSchema,
};

/** A part of a widget. */
export const PartSchema = z.discriminatedUnion('kind', [
  z.object({ ...Shared, kind: z.literal('knob'), /** Turns this far. */ turns: z.number().int().positive() }).strict(),
  z.object({ ...Shared, kind: z.literal('pair'), pairs: z.array(z.object({ /** Left side. */ left: z.string().min(1) }).strict()).min(2) }).strict(),
]);

/** \`content/widgets/<id>.yaml\`: a widget. */
export const WidgetSchema = z
  .object({
    /**
     * The widget's name,
     * over two lines.
     */
    title: z.string().min(1).max(80),
    /** How big it is. */
    size: z.enum(SIZES).default('small'),
    /** Other widgets' ids. */
    related: z.array(SlugSchema).default([]),
    /** Its parts. */
    parts: z.array(PartSchema).min(1).optional(),
    /** Where it is documented. */
    url: z.string().url().optional(),
    /** Settings. */
    settings: z
      .object({
        /** Share from 0 to 1. */
        share: z.number().min(0).max(1).default(0.5),
        enabled: z.boolean().default(true),
      })
      .strict()
      .default({}),
    /** Free text. */
    note: z.string().default(''),
  })
  .strict();

export type Widget = z.output<typeof WidgetSchema>;
`;

describe('readSchemaDocs', () => {
  const { schemas, undocumented } = readSchemaDocs([
    { file: 'src/schemas/common.ts', text: common },
    { file: 'src/schemas/widget.ts', text: widget },
  ]);
  const byName = new Map(schemas.map((schema) => [schema.name, schema]));

  it('finds every exported schema in file order, with its kind and doc comment', () => {
    expect(
      schemas.map(({ name, title, kind, doc, file }) => ({ name, title, kind, doc, file })),
    ).toEqual([
      {
        name: 'SlugSchema',
        title: 'Slug',
        kind: 'value',
        doc: 'Lower-case words joined by hyphens. More for developers.',
        file: 'src/schemas/common.ts',
      },
      {
        name: 'PartSchema',
        title: 'Part',
        kind: 'union',
        doc: 'A part of a widget.',
        file: 'src/schemas/widget.ts',
      },
      {
        name: 'WidgetSchema',
        title: 'Widget',
        kind: 'object',
        doc: '`content/widgets/<id>.yaml`: a widget.',
        file: 'src/schemas/widget.ts',
      },
    ]);
  });

  it('describes each field: path, type in words, required, default and doc comment', () => {
    expect(byName.get('WidgetSchema')!.fields).toEqual([
      {
        path: 'title',
        type: 'text (not empty, at most 80 characters)',
        required: true,
        doc: "The widget's name, over two lines.",
      },
      {
        path: 'size',
        type: '`small`, `large`',
        required: false,
        default: 'small',
        doc: 'How big it is.',
      },
      {
        path: 'related',
        type: 'list of slug',
        required: false,
        default: '[]',
        doc: "Other widgets' ids.",
      },
      {
        path: 'parts',
        type: 'list (at least 1) of [Part](#part)',
        required: false,
        doc: 'Its parts.',
      },
      { path: 'url', type: 'URL', required: false, doc: 'Where it is documented.' },
      { path: 'settings', type: 'object', required: false, doc: 'Settings.' },
      {
        path: 'settings.share',
        type: 'number (≥ 0, ≤ 1)',
        required: false,
        default: '0.5',
        doc: 'Share from 0 to 1.',
      },
      {
        path: 'settings.enabled',
        type: '`true` or `false`',
        required: false,
        default: 'true',
        doc: '',
      },
      { path: 'note', type: 'text', required: false, default: '""', doc: 'Free text.' },
    ]);
    expect(byName.get('WidgetSchema')!.references).toEqual(['SlugSchema', 'PartSchema']);
  });

  it('splits a discriminated union into shared fields and fields per variant, reading inline comments and spreads', () => {
    const part = byName.get('PartSchema')!;
    expect(part.discriminator).toBe('kind');
    expect(part.fields.map((field) => [field.path, field.type, field.doc])).toEqual([
      [
        'kind',
        '`knob`, `pair`',
        'Decides which other fields it has: see the table of fields by `kind` below.',
      ],
      ['id', 'slug', 'Shared by every part.'],
    ]);
    expect(part.variants).toEqual([
      {
        value: 'knob',
        fields: [
          { path: 'turns', type: 'whole number (> 0)', required: true, doc: 'Turns this far.' },
        ],
      },
      {
        value: 'pair',
        fields: [
          { path: 'pairs', type: 'list (at least 2) of object', required: true, doc: '' },
          { path: 'pairs[].left', type: 'text (not empty)', required: true, doc: 'Left side.' },
        ],
      },
    ]);
  });

  it('lists the fields without a doc comment, but not a union discriminator', () => {
    expect(undocumented).toEqual(['PartSchema.pairs', 'WidgetSchema.settings.enabled']);
  });
});

describe('titleOf, anchorOf and listSchemaModules', () => {
  it('turn schema names into headings and anchors, and read a barrel in order', () => {
    expect(titleOf('FooterLinkSchema')).toBe('Footer link');
    expect(anchorOf('FooterLinkSchema')).toBe('footer-link');
    expect(
      listSchemaModules(
        "export * from './common';\nexport * from \"./lesson.ts\";\nexport { x } from './other';\n",
      ),
    ).toEqual(['common', 'lesson']);
  });
});
