import { FilterError, invalidInput, locate, problem, type Diagnostic } from "../diagnostics/diagnostic.js";
import { check, type CompileOptions } from "../compile.js";
import type { Filter, Scalar } from "../language/ast.js";
import { numberText } from "../language/numbers.js";
import { scalar } from "../language/printer.js";
import type { MetaCondition } from "../lower/conditions.js";
import type { SortOrder } from "../validate/defaults.js";
import { decompile, type Decompiled } from "./decompile.js";
import { defineOwn } from "./list-params.js";

/** The operator object of the Workers binding's metadata filter. */
export interface BindingOperators {
  eq?: string | number | boolean;
  in?: string[] | number[];
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/**
 * `ImageListOptions` of the Workers Images binding (`env.IMAGES.hosted.list(...)`, types in
 * `@cloudflare/workers-types`), declared here so that package need not be a dependency; it is
 * assignable to `ImageListOptions`.
 */
export interface BindingListOptions {
  filter?: { metadata?: Record<string, string | number | boolean | BindingOperators> };
  creator?: string;
  sortOrder?: SortOrder;
  limit?: number;
  cursor?: string;
}

const SYMBOL = { eq: "==", in: "in", gt: ">", gte: ">=", lt: "<", lte: "<=" } as const;

/**
 * The binding's options for a filter, checked as `compile` checks it (a `FilterError`
 * otherwise). A field with one `==` gets a bare value; with several conditions, an operator
 * object (`{ priority: { gte: 2, lte: 8 } }`); `in` gets an array; nested fields dotted keys.
 * Note the binding sorts ascending by default where the REST API sorts descending.
 */
export function toBindingListOptions(input: string | Filter, options: Omit<CompileOptions, "encoding" | "typeSuffix"> = {}): BindingListOptions {
  const result = check(input, options);
  if (!result.ok) throw new FilterError(result.diagnostics);
  const out: BindingListOptions = {};
  const byField = new Map<string, MetaCondition[]>();
  for (const c of result.conditions) {
    if (c.kind === "creator") out.creator = c.value;
    else byField.set(c.path.join("."), [...(byField.get(c.path.join(".")) ?? []), c]);
  }
  const conflicts: Diagnostic[] = [];
  const metadata: Record<string, string | number | boolean | BindingOperators> = {};
  for (const [key, conditions] of byField) {
    const [first] = conditions;
    if (conditions.length === 1 && first!.operator === "eq") {
      defineOwn(metadata, key, first!.values[0]!);
      continue;
    }
    const operators: Record<string, unknown> = {};
    for (const c of conditions) {
      const value = c.operator === "in" ? [...c.values] : c.values[0];
      const before = operators[c.operator];
      if (before !== undefined && !sameValue(before, value)) {
        const message = `the binding takes one \`${SYMBOL[c.operator]}\` per field, and \`${key}\` has two (${text(before)} and ${text(value)})`;
        conflicts.push(locate(typeof input === "string" ? input : (options.source ?? ""), problem("TARGET_CONFLICT", c.span, message, "keep one of them (together they match nothing, or the same as the stronger one)")));
      }
      operators[c.operator] = value;
    }
    defineOwn(metadata, key, operators as BindingOperators);
  }
  if (conflicts.length > 0) throw new FilterError(conflicts);
  if (byField.size > 0) out.filter = { metadata };
  if (options.sortOrder !== undefined) out.sortOrder = options.sortOrder;
  if (options.perPage !== undefined) out.limit = options.perPage;
  if (options.continuationToken !== undefined) out.cursor = options.continuationToken;
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;
}

function text(v: unknown): string {
  return Array.isArray(v) ? `(${v.map((x: Scalar) => scalar(x)).join(", ")})` : scalar(v as Scalar);
}

/** Existing code's binding options back as a filter, read as `decompile` reads a query string. */
export function fromBindingListOptions(options: BindingListOptions): Decompiled {
  if (typeof options !== "object" || options === null) throw new FilterError([invalidInput("the binding's list options", options)]);
  const parts: string[] = [];
  const add = (key: string, value: unknown) => parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  for (const [key, value] of Object.entries(options.filter?.metadata ?? {})) {
    if (typeof value !== "object" || value === null) add(`meta.${key}[eq:${typeOf(value)}]`, value);
    else {
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (operator === "in" && Array.isArray(operand)) add(`meta.${key}[in:${typeOf(operand[0])}]`, operand.map((v) => (typeof v === "number" ? numberText(v) : String(v))).join("|"));
        else add(`meta.${key}[${operator}:${typeOf(operand)}]`, typeof operand === "number" ? numberText(operand) : operand);
      }
    }
  }
  if (options.creator !== undefined) add("creator", options.creator);
  if (options.sortOrder !== undefined) add("sort_order", options.sortOrder);
  if (options.limit !== undefined) add("per_page", options.limit);
  if (options.cursor !== undefined) add("continuation_token", options.cursor);
  return decompile(parts.join("&"), { limits: { maxQueryLength: Infinity } });
}

function typeOf(v: unknown): string {
  return typeof v === "number" || typeof v === "boolean" ? typeof v : "string";
}
