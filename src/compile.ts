import { diagnose, FilterError, hasErrors, invalidInput, malformedFilter, type Diagnostic, type Problem } from "./diagnostics/diagnostic.js";
import type { Filter } from "./language/ast.js";
import { parseSource, type ParseOptions } from "./language/parse.js";
import type { Condition } from "./lower/conditions.js";
import { lower } from "./lower/lower.js";
import { defineSchema, type Schema, type SchemaInput } from "./schema/schema.js";
import { toQueryString, type QueryStringOptions } from "./targets/query-string.js";
import { withDefaults, type RequestOptions } from "./validate/defaults.js";
import { validate } from "./validate/validate.js";

export interface CompileOptions extends QueryStringOptions, RequestOptions, ParseOptions {
  /** The user's metadata fields: unknown fields, wrong types and unlisted values are reported. */
  readonly schema?: Schema | SchemaInput | string;
  /**
   * When the input is a `Filter`, the text its spans point into (the source it was parsed from,
   * or the query string it was decompiled from), so diagnostics get the right lines and columns.
   */
  readonly source?: string;
}

export interface CheckResult {
  /** No errors (warnings allowed): the API would accept this request. */
  readonly ok: boolean;
  /** The query string, when `ok`. */
  readonly query?: string;
  /** The conditions the API would run, in source order (those that could be lowered). */
  readonly conditions: readonly Condition[];
  /** Errors and warnings, in source order. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses, lowers and validates; never throws. Syntax errors do not stop the later passes: what
 * could be parsed is still lowered and validated, so every problem is reported at once.
 */
export function check(input: string | Filter, options: CompileOptions = {}): CheckResult {
  if (typeof input !== "string" && (typeof input !== "object" || input === null || input.kind !== "Filter")) {
    return { ok: false, conditions: [], diagnostics: [invalidInput("filter text or a Filter", input)] };
  }
  options ??= {};
  if (typeof input === "string") return checked(input, options);
  // A Filter built by hand may not have the shape the passes rely on.
  try {
    return checked(input, options);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return { ok: false, conditions: [], diagnostics: [malformedFilter(e)] };
  }
}

function checked(input: string | Filter, options: CompileOptions): CheckResult {
  let schema: Schema | undefined;
  try {
    schema = options.schema === undefined ? undefined : defineSchema(options.schema);
  } catch (e) {
    if (e instanceof FilterError) return { ok: false, conditions: [], diagnostics: e.diagnostics };
    throw e;
  }
  const limits = withDefaults(options.limits);
  const source = typeof input === "string" ? input : (options.source ?? "");
  const { filter, problems } = typeof input === "string" ? parseSource(input, limits) : { filter: input, problems: [] as Problem[] };
  if (!filter) return { ok: false, conditions: [], diagnostics: diagnose(source, problems, limits) };

  const lowered = lower(filter);
  problems.push(...lowered.problems);
  problems.push(...validate({ conditions: lowered.conditions, limits, request: options, schema }));
  if (hasErrors(problems)) {
    // With errors, conditions may have been joined by a guessed `and`: a contradiction found
    // among them would mislead.
    const errors = problems.filter((p) => p.code !== "CONTRADICTION");
    return { ok: false, conditions: lowered.conditions, diagnostics: diagnose(source, errors, limits) };
  }
  const diagnostics = diagnose(source, problems, limits);
  return { ok: true, query: toQueryString(lowered.conditions, options), conditions: lowered.conditions, diagnostics };
}

/** The exact query string for the list API. Throws a `FilterError` with every error found. */
export function compile(input: string | Filter, options?: CompileOptions): string {
  const result = check(input, options);
  if (!result.ok) throw new FilterError(result.diagnostics);
  return result.query!;
}
