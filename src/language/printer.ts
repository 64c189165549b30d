import { FilterError, invalidInput, malformedFilter } from "../diagnostics/diagnostic.js";
import type { Expression, Field, Filter, Scalar, Value } from "./ast.js";
import { numberText } from "./numbers.js";
import { quoteIdentifier, quoteString } from "./strings.js";
import { KEYWORD_TEXT } from "./tokens.js";

const KEYWORDS = new Set(KEYWORD_TEXT.values());
// Names written without backticks: the first must read as an identifier (not a keyword, not a
// number); after a dot, digits may lead (`items.0`) and keywords are names.
const PLAIN_FIRST_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PLAIN_NAME = /^[A-Za-z0-9_]+$/;

/**
 * Canonical filter text: `==` for equality, double-quoted strings, lower-case keywords, single
 * spaces, and parentheses only where the structure needs them (plus around an `and` inside an
 * `or`, for the reader). `parse(format(f))` gives back `f`, spans aside, and `metaPrefix` aside
 * where the prefix changes nothing (`meta.status` prints as `status`).
 */
export function format(filter: Filter): string {
  if (typeof filter !== "object" || filter === null || filter.kind !== "Filter") throw new FilterError([invalidInput("a Filter", filter)]);
  try {
    return filter.body ? expression(filter.body, "top") : "";
  } catch (e) {
    // Only a Filter built by hand can lack the shape the printer relies on.
    if (!(e instanceof TypeError)) throw e;
    throw new FilterError([malformedFilter(e)]);
  }
}

type Context = "top" | "And" | "Or" | "Not";

function expression(e: Expression, parent: Context): string {
  switch (e.kind) {
    case "And":
    case "Or": {
      const text = e.operands.map((o) => expression(o, e.kind)).join(` ${e.kind.toLowerCase()} `);
      // A junction directly inside another keeps its parentheses so the tree survives a round trip.
      return parent === "top" ? text : `(${text})`;
    }
    case "Not":
      return `not ${expression(e.operand, "Not")}`;
    case "Comparison":
      return `${field(e.field)} ${e.operator} ${value(e.value)}`;
    case "In":
      return `${field(e.field)} ${e.negated ? "not in" : "in"} (${e.values.map(value).join(", ")})`;
    default:
      throw new TypeError(`unknown expression ${JSON.stringify((e as { kind?: unknown }).kind)}`);
  }
}

export function field(f: Field): string {
  const names = f.path.map((name, i) =>
    (i === 0 ? PLAIN_FIRST_NAME.test(name) && !KEYWORDS.has(name.toLowerCase()) : PLAIN_NAME.test(name)) ? name : quoteIdentifier(name),
  );
  return needsMetaPrefix(f) ? `meta.${names.join(".")}` : names.join(".");
}

/**
 * `meta.` is written only where leaving it out would change the meaning: for the metadata field
 * `meta.creator` (plain `creator` is the API's creator parameter), and for a path whose first
 * name is itself `meta`.
 */
function needsMetaPrefix(f: Field): boolean {
  return f.path.length === 1 ? f.path[0] === "creator" && f.metaPrefix : f.path[0] === "meta";
}

export function value(v: Value): string {
  // -0 and out-of-range numbers keep their written form, so printing never changes a value.
  if (v.kind === "Number" && (Object.is(v.value, -0) || !Number.isFinite(v.value))) return v.raw;
  return scalar(v.value);
}

/** A bare value as filter text: `"active"`, `5`, `true`. */
export function scalar(v: Scalar): string {
  return typeof v === "string" ? quoteString(v) : typeof v === "number" ? numberText(v) : v ? "true" : "false";
}
