import type { Scalar, ValueType } from "../language/ast.js";
import type { Span } from "../language/span.js";

/** The API's filter operators. */
export type MetaOperator = "eq" | "in" | "gt" | "gte" | "lt" | "lte";

/** How the filter language writes each of the API's operators. */
export const OPERATOR_SYMBOL = { eq: "==", in: "in", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const satisfies Record<MetaOperator, string>;

export const RANGE_OPERATORS: ReadonlySet<MetaOperator> = new Set(["gt", "gte", "lt", "lte"]);

/** One `meta.<path>[<op>:<type>]=<values>` parameter. */
export interface MetaCondition {
  readonly kind: "meta";
  readonly path: readonly string[];
  readonly operator: MetaOperator;
  readonly type: ValueType;
  /** One value, except for `in`. */
  readonly values: readonly Scalar[];
  /** Where the condition came from: a comparison, an `in` list, or an `or` rewritten to `in`. */
  readonly span: Span;
  readonly fieldSpan: Span;
  /** Where each value was written, parallel to `values`. */
  readonly valueSpans: readonly Span[];
}

/** The `creator=<id>` parameter; the empty string selects images without a creator. */
export interface CreatorCondition {
  readonly kind: "creator";
  readonly value: string;
  readonly span: Span;
}

/** What the API can run: a flat AND of these, in source order. */
export type Condition = MetaCondition | CreatorCondition;
