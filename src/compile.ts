import { FilterError, hasErrors, locate, type Diagnostic, type Problem } from "./diagnostics/diagnostic.js";
import type { Filter } from "./language/ast.js";
import { parseSource, type ParseOptions } from "./language/parse.js";
import type { Condition } from "./lower/conditions.js";
import { lower } from "./lower/lower.js";
import { toQueryString, type QueryStringOptions } from "./targets/query-string.js";
import { DEFAULT_LIMITS, type Limits, type RequestOptions } from "./validate/defaults.js";
import { validate } from "./validate/validate.js";

export interface CompileOptions extends QueryStringOptions, RequestOptions, ParseOptions {
  /** Override any of the API's limits (see `DEFAULT_LIMITS`). */
  readonly limits?: Partial<Limits>;
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

/** Parses, lowers and validates; never throws. */
export function check(input: string | Filter, options: CompileOptions = {}): CheckResult {
  const source = typeof input === "string" ? input : (options.source ?? "");
  let filter: Filter | null;
  let problems: Problem[];
  if (typeof input === "string") ({ filter, problems } = parseSource(input, options));
  else [filter, problems] = [input, []];
  if (!filter) return { ok: false, conditions: [], diagnostics: placed(source, problems) };

  const lowered = lower(filter);
  problems.push(...lowered.problems);
  const limits = options.limits ? { ...DEFAULT_LIMITS, ...options.limits } : DEFAULT_LIMITS;
  problems.push(...validate({ conditions: lowered.conditions, limits, request: options }));
  const diagnostics = placed(source, problems);
  if (hasErrors(diagnostics)) return { ok: false, conditions: lowered.conditions, diagnostics };
  return { ok: true, query: toQueryString(lowered.conditions, options), conditions: lowered.conditions, diagnostics };
}

/** The exact query string for the list API. Throws a `FilterError` with every error found. */
export function compile(input: string | Filter, options?: CompileOptions): string {
  const result = check(input, options);
  if (!result.ok) throw new FilterError(result.diagnostics);
  return result.query!;
}

function placed(source: string, problems: Problem[]): Diagnostic[] {
  return problems.sort((a, b) => a.span.start - b.span.start).map((p) => locate(source, p));
}
