import { FilterError, invalidInput } from "../diagnostics/diagnostic.js";
import { check } from "../compile.js";
import type { Filter, Scalar } from "../language/ast.js";
import type { Condition } from "../lower/conditions.js";

/** An image as the list API returns it; only `creator` and `meta` are looked at. */
export interface ImageRecord {
  readonly id?: string;
  readonly creator?: string | null;
  readonly meta?: unknown;
  readonly [key: string]: unknown;
}

/** Filter text, a parsed `Filter`, or what `decompile` returns. */
export type FilterInput = string | Filter | { readonly filter: Filter };

/**
 * Whether the API would list `image` for `filter`, decided locally. The semantics follow the API:
 * conditions are ANDed; equality is typed (the number 5 never equals the string "5"); a dotted
 * path walks nested `meta` objects; a missing field never matches; `in` is any-of; ranges hold
 * only for numbers; `creator == ""` matches images without a creator. Throws a `FilterError`
 * for a filter the API would refuse.
 */
export function matches(filter: FilterInput, image: ImageRecord): boolean {
  if (typeof image !== "object" || image === null) throw new FilterError([invalidInput("an image record", image)]);
  return matcher(filter)(image);
}

/** The images the API would list for `filter`, in their order; the filter is checked once. */
export function filterImages<T extends ImageRecord>(images: Iterable<T>, filter: FilterInput): T[] {
  if (typeof images !== "object" || images === null || !(Symbol.iterator in images)) throw new FilterError([invalidInput("a list of image records", images)]);
  const test = matcher(filter);
  return [...images].filter((image) => typeof image === "object" && image !== null && test(image));
}

function matcher(filter: FilterInput): (image: ImageRecord) => boolean {
  const input = typeof filter === "object" && filter !== null && "filter" in filter ? filter.filter : filter;
  const result = check(input);
  if (!result.ok) throw new FilterError(result.diagnostics);
  const conditions = result.conditions;
  return (image) => conditions.every((c) => holds(c, image));
}

function holds(c: Condition, image: ImageRecord): boolean {
  if (c.kind === "creator") return c.value === "" ? image.creator == null || image.creator === "" : image.creator === c.value;
  const actual = lookup(image.meta, c.path);
  if (typeof actual !== c.type) return false;
  const v = c.values[0] as number;
  switch (c.operator) {
    case "eq":
    case "in":
      return c.values.includes(actual as Scalar);
    case "gt":
      return (actual as number) > v;
    case "gte":
      return (actual as number) >= v;
    case "lt":
      return (actual as number) < v;
    case "lte":
      return (actual as number) <= v;
  }
}

/** The value at a dotted path in nested objects; own properties only, so `__proto__` finds nothing. */
function lookup(meta: unknown, path: readonly string[]): unknown {
  let current = meta;
  for (const name of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, name)) return undefined;
    current = (current as Record<string, unknown>)[name];
  }
  return current;
}
