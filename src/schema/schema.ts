import { FilterError, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Scalar, ValueType } from "../language/ast.js";
import { DEFAULT_LIMITS } from "../validate/defaults.js";

/** How a schema describes one metadata field: its type, and optionally the values it takes. */
export type FieldSpec = ValueType | { readonly type: ValueType; readonly values?: readonly Scalar[] };

/** What a user writes: field specs keyed by dotted path (`"region.name"`), as an object or JSON. */
export interface SchemaInput {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** What to do with a field the schema does not list (default `"error"`). */
  readonly unknownFields?: "error" | "warning" | "allow";
}

/** A checked schema, ready for `check`, `compile` and `complete`. */
export interface Schema {
  readonly kind: "Schema";
  readonly fields: ReadonlyMap<string, { readonly type: ValueType; readonly values?: readonly Scalar[] }>;
  readonly unknownFields: "error" | "warning" | "allow";
}

const TYPES = new Set(["string", "number", "boolean"]);

/**
 * Checks a schema (an object, or its JSON text) and returns it ready to use. Throws a
 * `FilterError` with one SCHEMA_INVALID diagnostic per problem, each naming where it is.
 */
export function defineSchema(input: SchemaInput | string | Schema): Schema {
  if (typeof input === "object" && input !== null) {
    if (DEFINED.has(input as Schema)) return input as Schema;
    // A search box passes the same object on every keystroke: check it once.
    const known = CHECKED.get(input);
    if (known) return known;
  }
  const schema = check(input);
  if (typeof input === "object" && input !== null) CHECKED.set(input, schema);
  DEFINED.add(schema);
  return schema;
}

/** Schemas this module built, so that an object merely shaped like one is still checked. */
const DEFINED = new WeakSet<Schema>();
const CHECKED = new WeakMap<object, Schema>();

function check(input: SchemaInput | string | Schema): Schema {
  const problems: string[] = [];
  let raw: unknown = input;
  if (typeof input === "string") {
    try {
      raw = JSON.parse(input);
    } catch (e) {
      throw schemaError([`the schema is not valid JSON: ${(e as Error).message}`]);
    }
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw schemaError(["a schema is an object: { fields: { ... } }"]);
  const { fields, unknownFields = "error", ...extra } = raw as Record<string, unknown>;
  for (const key of Object.keys(extra)) problems.push(`\`${key}\` is not a schema setting (the settings are fields and unknownFields)`);
  if (unknownFields !== "error" && unknownFields !== "warning" && unknownFields !== "allow") {
    problems.push(`unknownFields must be "error", "warning" or "allow", not ${JSON.stringify(unknownFields)}`);
  }
  const checked = new Map<string, { type: ValueType; values?: readonly Scalar[] }>();
  if (typeof fields !== "object" || fields === null || Array.isArray(fields)) problems.push("fields must be an object of field names to types");
  else {
    for (const [name, spec] of Object.entries(fields)) {
      const field = checkField(name, spec, problems);
      if (field) checked.set(name, field);
    }
  }
  if (problems.length > 0) throw schemaError(problems);
  return { kind: "Schema", fields: checked, unknownFields: unknownFields as Schema["unknownFields"] };
}

function checkField(name: string, spec: unknown, problems: string[]): { type: ValueType; values?: readonly Scalar[] } | undefined {
  const at = `fields[${JSON.stringify(name)}]`;
  if (!/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(name)) {
    problems.push(`${at}: a field name is dotted names of A-Z, a-z, 0-9 and _`);
    return undefined;
  }
  if (name.startsWith("meta.")) {
    problems.push(`${at}: write field names without the API's \`meta.\` prefix: "${name.slice(5)}"`);
    return undefined;
  }
  if (name.split(".").length > DEFAULT_LIMITS.maxPathDepth || name.length > DEFAULT_LIMITS.maxFieldNameLength) {
    problems.push(`${at}: the API filters on at most ${DEFAULT_LIMITS.maxPathDepth} levels and ${DEFAULT_LIMITS.maxFieldNameLength} characters`);
    return undefined;
  }
  const { type, values, ...extra } = typeof spec === "string" ? { type: spec } : typeof spec === "object" && spec !== null ? (spec as Record<string, unknown>) : { type: spec };
  for (const key of Object.keys(extra)) problems.push(`${at}: \`${key}\` is not a field setting (the settings are type and values)`);
  if (typeof type !== "string" || !TYPES.has(type)) {
    problems.push(`${at}: the type must be "string", "number" or "boolean", not ${JSON.stringify(type)}`);
    return undefined;
  }
  if (values === undefined) return { type: type as ValueType };
  if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== type)) {
    problems.push(`${at}: values must be a non-empty list of ${type}s`);
    return undefined;
  }
  return { type: type as ValueType, values };
}

function schemaError(messages: string[]): FilterError {
  const diagnostics: Diagnostic[] = messages.map((message) => ({ code: "SCHEMA_INVALID", severity: "error", message, start: 0, end: 0, line: 1, column: 1 }));
  return new FilterError(diagnostics);
}
