import type { Scalar } from "../language/ast.js";
import { numberText } from "../language/numbers.js";
import type { Condition, MetaCondition } from "../lower/conditions.js";
import type { RequestOptions } from "../validate/defaults.js";

export interface QueryStringOptions {
  /** `"always"` (default) writes `[eq:string]`; `"minimal"` writes the untyped `[eq]`/`[in]` for strings, as the API docs do. */
  readonly typeSuffix?: "always" | "minimal";
  /** `"readable"` (default) leaves `[ ] : |` raw; `"strict"` percent-encodes them too, as URLSearchParams and the SDK do. */
  readonly encoding?: "readable" | "strict";
}

/**
 * The query string for conditions that have passed validation: one parameter per condition in
 * source order, then `sort_order`, `per_page`, `continuation_token`. Values go through
 * `encodeURIComponent`, so no value can add or change a parameter.
 */
export function toQueryString(conditions: readonly Condition[], options: QueryStringOptions & RequestOptions = {}): string {
  const strict = options.encoding === "strict";
  const params: string[] = [];
  for (const c of conditions) {
    params.push(c.kind === "creator" ? `creator=${encodeURIComponent(c.value)}` : metaParameter(c, options.typeSuffix === "minimal", strict));
  }
  if (options.sortOrder !== undefined) params.push(`sort_order=${encodeURIComponent(options.sortOrder)}`);
  if (options.perPage !== undefined) params.push(`per_page=${numberText(options.perPage)}`);
  if (options.continuationToken !== undefined) params.push(`continuation_token=${encodeURIComponent(options.continuationToken)}`);
  return params.join("&");
}

function metaParameter(c: MetaCondition, minimal: boolean, strict: boolean): string {
  const operator = minimal && c.type === "string" ? c.operator : `${c.operator}:${c.type}`;
  const key = `meta.${c.path.join(".")}[${operator}]`;
  const value = c.values.map(valueText).join(strict ? "%7C" : "|");
  return `${strict ? key.replace(/[[\]:]/g, (ch) => STRICT[ch]!) : key}=${value}`;
}

const STRICT: Record<string, string> = { "[": "%5B", "]": "%5D", ":": "%3A" };

/** `encodeURIComponent` of the value's canonical text (numbers too: `1e+21` must not send a `+`). */
export function valueText(v: Scalar): string {
  return encodeURIComponent(typeof v === "number" ? numberText(v) : String(v));
}
