import type { Span } from "./span.js";

/**
 * The filter as it was typed: every construct of the language, including those the API cannot
 * run (`!=`, `not`, `or` across fields), so that later passes can say precisely what is wrong.
 * Spans are offsets into the source the node was read from.
 */
export interface Filter {
  readonly kind: "Filter";
  /** `null` for an empty filter, which lists every image. */
  readonly body: Expression | null;
  readonly span: Span;
}

export type Expression = AndExpression | OrExpression | NotExpression | Comparison | InList;

export interface AndExpression {
  readonly kind: "And";
  /** Two or more; a parenthesized `and` inside an `and` stays nested, as typed. */
  readonly operands: readonly Expression[];
  readonly span: Span;
}

export interface OrExpression {
  readonly kind: "Or";
  readonly operands: readonly Expression[];
  readonly span: Span;
}

export interface NotExpression {
  readonly kind: "Not";
  readonly operand: Expression;
  readonly span: Span;
}

export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=";

export interface Comparison {
  readonly kind: "Comparison";
  readonly field: Field;
  readonly operator: ComparisonOperator;
  readonly operatorSpan: Span;
  readonly value: Value;
  readonly span: Span;
}

export interface InList {
  readonly kind: "In";
  readonly field: Field;
  /** `not in` */
  readonly negated: boolean;
  readonly values: readonly Value[];
  readonly span: Span;
}

export interface Field {
  readonly kind: "Field";
  /** The metadata path without any `meta.` prefix: `region.name` is `["region", "name"]`. */
  readonly path: readonly string[];
  /** Whether the source wrote the `meta.` prefix (`meta.creator` is metadata, `creator` is not). */
  readonly metaPrefix: boolean;
  readonly span: Span;
}

export type Value = StringValue | NumberValue | BooleanValue;
export type Scalar = string | number | boolean;
export type ValueType = "string" | "number" | "boolean";

export interface StringValue {
  readonly kind: "String";
  readonly value: string;
  readonly span: Span;
}

export interface NumberValue {
  readonly kind: "Number";
  readonly value: number;
  /** The digits as written, so that `1e400` or `9007199254740993` can be reported as typed. */
  readonly raw: string;
  readonly span: Span;
}

export interface BooleanValue {
  readonly kind: "Boolean";
  readonly value: boolean;
  readonly span: Span;
}

export function valueType(value: Value): ValueType {
  return value.kind === "String" ? "string" : value.kind === "Number" ? "number" : "boolean";
}

/** The top-level `creator` field is the API's `creator` parameter; `meta.creator` is metadata. */
export function isCreatorField(field: Field): boolean {
  return !field.metaPrefix && field.path.length === 1 && field.path[0] === "creator";
}
