import { FilterError, invalidInput, type Diagnostic } from "../diagnostics/diagnostic.js";
import { check, type CompileOptions } from "../compile.js";
import type { Filter, Scalar } from "../language/ast.js";
import { scalar } from "../language/printer.js";
import { OPERATOR_SYMBOL, type MetaCondition } from "../lower/conditions.js";
import type { SortOrder } from "../validate/defaults.js";
import type { Decompiled } from "./decompile.js";
import { conflict, defineOwn, readPairs, sameValues, scalarText } from "./objects.js";

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


/**
 * The binding's options for a filter, checked as `compile` checks it (a `FilterError`
 * otherwise). A field with one `==` gets a bare value; with several conditions, an operator
 * object (`{ priority: { gte: 2, lte: 8 } }`); `in` gets an array; nested fields dotted keys.
 * Note the binding sorts ascending by default where the REST API sorts descending.
 */
export function toBindingListOptions(input: string | Filter, options: Omit<CompileOptions, "encoding" | "typeSuffix"> = {}): BindingListOptions {
  options ??= {};
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
      if (before === undefined) operators[c.operator] = value;
      else if (!sameValues(before, value)) {
        conflicts.push(conflict(input, options.source, c.span, `the binding takes one \`${OPERATOR_SYMBOL[c.operator]}\` per field, and \`${key}\` has two (${text(before)} and ${text(value)})`));
      }
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

function text(v: unknown): string {
  return Array.isArray(v) ? `(${v.map((x: Scalar) => scalar(x)).join(", ")})` : scalar(v as Scalar);
}

/** Existing code's binding options back as a filter, read as `decompile` reads a query string. */
export function fromBindingListOptions(options: BindingListOptions): Decompiled {
  if (typeof options !== "object" || options === null) throw new FilterError([invalidInput("the binding's list options", options)]);
  // Unknown keys are refused: a misspelt `filter` would otherwise read as no filter, every image.
  expectKeys(options, ["filter", "creator", "sortOrder", "limit", "cursor"], "the binding's list options");
  if (options.filter !== undefined) expectKeys(options.filter, ["metadata"], "filter");
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(options.filter?.metadata ?? {})) {
    if (value === undefined) continue;
    if (typeof value !== "object" || value === null) {
      pairs.push([`meta.${key}[eq:${typeOf(value)}]`, scalarText(value, `metadata["${key}"]`)]);
      continue;
    }
    if (Array.isArray(value)) throw new FilterError([invalidInput(`an operator object for metadata["${key}"] (a list goes in { in: [...] })`, value)]);
    expectKeys(value, Object.keys(OPERATOR_SYMBOL), `metadata["${key}"]`);
    if (Object.values(value).every((v) => v === undefined)) throw new FilterError([invalidInput(`at least one operator in metadata["${key}"]`, "an empty object")]);
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      if (operand === undefined) continue;
      const where = `metadata["${key}"].${operator}`;
      if (operator !== "in") pairs.push([`meta.${key}[${operator}:${typeOf(operand)}]`, scalarText(operand, where)]);
      else if (!Array.isArray(operand) || operand.length === 0) throw new FilterError([invalidInput(`a non-empty list for ${where}`, operand)]);
      else {
        const texts = operand.map((v) => scalarText(v, where));
        if (texts.some((t) => t.includes("|"))) throw new FilterError([invalidInput(`values without | for ${where}`, "a value with |")]);
        pairs.push([`meta.${key}[in:${typeOf(operand[0])}]`, texts.join("|")]);
      }
    }
  }
  const request: [string, unknown][] = [["creator", options.creator], ["sort_order", options.sortOrder], ["per_page", options.limit], ["continuation_token", options.cursor]];
  for (const [key, value] of request) if (value !== undefined) pairs.push([key, scalarText(value, key)]);
  return readPairs(pairs);
}

function expectKeys(value: object, known: readonly string[], what: string): void {
  const unknown = Object.keys(value).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new FilterError([invalidInput(`only ${known.join(", ")} in ${what}`, `\`${unknown}\``)]);
}

function typeOf(v: unknown): string {
  return typeof v === "number" || typeof v === "boolean" ? typeof v : "string";
}
