import ts from 'typescript';
import { describeFields, unchain, zodConstructor, type DescribeContext } from './describe-zod';
import { readDocComment } from './read-doc-comment';
import type { FieldDoc, SchemaDoc, VariantDoc } from './schema-doc';

/** A schema source file: its path (for messages) and its text. */
export interface SchemaSource {
  file: string;
  text: string;
}

/** What reading the schema files found. */
export interface SchemaDocs {
  /** Every exported `…Schema` constant, in the order of the files and then of their declarations. */
  schemas: SchemaDoc[];
  /** Fields without a doc comment, as `LessonSchema.title`. */
  undocumented: string[];
}

/**
 * Reads zod schemas with the TypeScript compiler API, without running them: each `…Schema`
 * constant's doc comment, and each field's doc comment, type, default and whether it is required.
 */
export function readSchemaDocs(sources: readonly SchemaSource[]): SchemaDocs {
  const constants = new Map<string, ts.Expression>();
  const declared: {
    name: string;
    initializer: ts.Expression;
    statement: ts.VariableStatement;
    file: string;
  }[] = [];
  for (const { file, text } of sources) {
    const sourceFile = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      ts.ScriptKind.TS,
    );
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        constants.set(declaration.name.text, declaration.initializer);
        const exported = statement.modifiers?.some(
          (modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword,
        );
        if (exported && declaration.name.text.endsWith('Schema'))
          declared.push({
            name: declaration.name.text,
            initializer: declaration.initializer,
            statement,
            file,
          });
      }
    }
  }
  const kinds = new Map(declared.map(({ name, initializer }) => [name, kindOf(initializer)]));
  const undocumented: string[] = [];

  const schemas = declared.map(({ name, initializer, statement, file }): SchemaDoc => {
    const references: string[] = [];
    const context: DescribeContext = {
      constants,
      refer: (other) => {
        const kind = kinds.get(other);
        if (!kind) return other;
        if (!references.includes(other)) references.push(other);
        return kind === 'value'
          ? titleOf(other).toLowerCase()
          : `[${titleOf(other)}](#${anchorOf(other)})`;
      },
      undocumented: (path) => undocumented.push(`${name}.${path}`),
    };
    const kind = kinds.get(name)!;
    const constructor = zodConstructor(unchain(initializer).base);
    const doc = readDocComment(statement, statement.getSourceFile());
    if (!doc) undocumented.push(name);
    const base = { name, title: titleOf(name), doc, kind, references, file };
    if (kind === 'object') {
      const literal = constructor?.args[0];
      return {
        ...base,
        fields:
          literal && ts.isObjectLiteralExpression(literal)
            ? describeFields(literal, '', context)
            : [],
        variants: [],
      };
    }
    if (kind === 'union') return { ...base, ...describeUnion(constructor!.args, context) };
    return { ...base, fields: [], variants: [] };
  });
  return { schemas, undocumented };
}

/** Shared fields (in every member) and the rest per member; the discriminator is documented once, generated. */
function describeUnion(
  args: readonly ts.Expression[],
  context: DescribeContext,
): Pick<SchemaDoc, 'fields' | 'discriminator' | 'variants'> {
  const [keyNode, membersNode] = args;
  const key = keyNode && ts.isStringLiteralLike(keyNode) ? keyNode.text : 'type';
  const members =
    membersNode && ts.isArrayLiteralExpression(membersNode) ? membersNode.elements : [];
  // The discriminator's literal needs no comment of its own: the generated row below explains it.
  const memberContext: DescribeContext = {
    ...context,
    undocumented: (path) => path !== key && context.undocumented(path),
  };
  const described = members.map((member) => {
    const literal = zodConstructor(unchain(member).base)?.args[0];
    return literal && ts.isObjectLiteralExpression(literal)
      ? describeFields(literal, '', memberContext)
      : [];
  });
  const values = described.map(
    (fields) => fields.find((field) => field.path === key)?.type.replace(/`/g, '') ?? '',
  );
  const shared = (described[0] ?? []).filter(
    (field) =>
      field.path !== key &&
      described.every((fields) => fields.some((other) => other.path === field.path)),
  );
  const discriminator: FieldDoc = {
    path: key,
    type: values.map((value) => `\`${value}\``).join(', '),
    required: true,
    doc: `Decides which other fields it has: see the table of fields by \`${key}\` below.`,
  };
  const variants: VariantDoc[] = described.map((fields, index) => ({
    value: values[index]!,
    fields: fields.filter(
      (field) => field.path !== key && !shared.some((common) => common.path === field.path),
    ),
  }));
  return { fields: [discriminator, ...shared], discriminator: key, variants };
}

function kindOf(initializer: ts.Expression): SchemaDoc['kind'] {
  const name = zodConstructor(unchain(initializer).base)?.name;
  return name === 'object' ? 'object' : name === 'discriminatedUnion' ? 'union' : 'value';
}

/** `FooterLinkSchema` → "Footer link". */
export function titleOf(name: string): string {
  const words = name
    .replace(/Schema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The heading anchor GitHub gives the schema's section: `FooterLinkSchema` → "footer-link". */
export function anchorOf(name: string): string {
  return titleOf(name).toLowerCase().replace(/\s+/g, '-');
}
