import { FilterError, invalidInput, type Diagnostic } from "../diagnostics/diagnostic.js";
import { check, type CompileOptions } from "../compile.js";
import type { Filter } from "../language/ast.js";
import { numberText } from "../language/numbers.js";
import type { SortOrder } from "../validate/defaults.js";
import type { Decompiled } from "./decompile.js";
import { conflict, defineOwn, readPairs, sameValues, scalarText } from "./objects.js";

/**
 * The query parameters of `client.images.v2.list()` in the official `cloudflare` SDK (7.x), minus
 * `account_id`. Declared here, so that `cloudflare` need not be a dependency; it is assignable
 * to the SDK's `V2ListParams`, so `client.images.v2.list({ account_id, ...toListParams(f) })`
 * type-checks without a cast.
 */
export interface ListParams {
  /** `{ "status[eq:string]": "active", "ratings[in:number]": "4|5" }`: the SDK sends each as `meta.<key>=<value>`. */
  meta?: { [fieldAndOperator: string]: string };
  creator?: string;
  sort_order?: SortOrder;
  per_page?: number;
  continuation_token?: string;
}

export type ListParamsOptions = Omit<CompileOptions, "encoding">;

/**
 * The SDK's params for a filter, checked as `compile` checks it (a `FilterError` otherwise).
 * Values are left for the SDK to encode; `in` values are joined with `|`, since the SDK would
 * send an array as repeated keys.
 */
export function toListParams(input: string | Filter, options: ListParamsOptions = {}): ListParams {
  options ??= {};
  const result = check(input, options);
  if (!result.ok) throw new FilterError(result.diagnostics);
  const meta: Record<string, string> = {};
  let creator: string | undefined;
  const conflicts: Diagnostic[] = [];
  for (const c of result.conditions) {
    if (c.kind === "creator") {
      creator = c.value;
      continue;
    }
    const operator = options.typeSuffix === "minimal" && c.type === "string" ? c.operator : `${c.operator}:${c.type}`;
    const key = `${c.path.join(".")}[${operator}]`;
    const value = c.values.map((v) => (typeof v === "number" ? numberText(v) : String(v))).join("|");
    // An object holds one value per key: a second, different condition with the same key would be lost.
    if (!Object.hasOwn(meta, key)) defineOwn(meta, key, value);
    else if (!sameValues(meta[key]!.split("|"), value.split("|"))) {
      conflicts.push(conflict(input, options.source, c.span, `the SDK's params hold one \`${key}\`, and this filter has two (${meta[key]} and ${value})`));
    }
  }
  if (conflicts.length > 0) throw new FilterError(conflicts);
  // In the order the SDK will send them: the filters, then the other parameters.
  const params: ListParams = {};
  if (Object.keys(meta).length > 0) params.meta = meta;
  if (creator !== undefined) params.creator = creator;
  if (options.sortOrder !== undefined) params.sort_order = options.sortOrder;
  if (options.perPage !== undefined) params.per_page = options.perPage;
  if (options.continuationToken !== undefined) params.continuation_token = options.continuationToken;
  return params;
}

/** What `fromListParams` reads: the SDK's `V2ListParams` (with or without `account_id`), or `ListParams`. */
export interface ListParamsInput {
  readonly account_id?: string;
  readonly meta?: object;
  readonly creator?: string | null;
  readonly sort_order?: string;
  readonly per_page?: number;
  readonly continuation_token?: string | null;
}

/** Existing code's SDK params back as a filter, read as `decompile` reads a query string. */
export function fromListParams(params: ListParamsInput): Decompiled {
  if (typeof params !== "object" || params === null) throw new FilterError([invalidInput("the SDK's list params", params)]);
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    if (key === "account_id" || value === undefined || value === null) continue;
    if (key === "meta" && typeof value === "object") {
      for (const [field, v] of Object.entries(value)) if (v !== undefined) pairs.push([`meta.${field}`, scalarText(v, `meta["${field}"] (join in values with |)`)]);
    } else pairs.push([key, scalarText(value, key)]);
  }
  return readPairs(pairs);
}
