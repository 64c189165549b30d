/**
 * Every limit, in one place: the API's own (defaults are what it enforces today; see the README
 * for sources), then bounds on the input that keep the cost of hostile text small and linear.
 * Each can be overridden through the `limits` option.
 */
export interface Limits {
  /** Metadata conditions per request; each operator counts, `creator` does not. */
  readonly maxConditions: number;
  /** Names in a field path: `meta.first.second.third.fourth.fifth` is 5. */
  readonly maxPathDepth: number;
  /** Characters in a field name (the whole dotted path). */
  readonly maxFieldNameLength: number;
  /** Values in an `in` list. */
  readonly maxInValues: number;
  /** UTF-8 bytes in a string value; an image's metadata is at most this long, so a longer value never matches. */
  readonly maxStringBytes: number;
  readonly minPerPage: number;
  readonly maxPerPage: number;
  readonly maxContinuationTokenLength: number;

  /** Characters of filter text; longer text is rejected before it is read. */
  readonly maxLength: number;
  /** Tokens in the filter text. */
  readonly maxTokens: number;
  /** Nesting of parentheses and `not` (at most 128, so the parser's recursion stays in bounds). */
  readonly maxDepth: number;
  /** Values read into one list before parsing stops (the API's own limit is `maxInValues`). */
  readonly maxListValues: number;
  /** Characters of a query string or URL given to `decompile`. */
  readonly maxQueryLength: number;
  /** Diagnostics reported for one input; the rest are dropped. */
  readonly maxDiagnostics: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxConditions: 5,
  maxPathDepth: 5,
  maxFieldNameLength: 100,
  maxInValues: 10,
  maxStringBytes: 1024,
  minPerPage: 10,
  maxPerPage: 10000,
  maxContinuationTokenLength: 32,

  maxLength: 10_000,
  maxTokens: 4_096,
  maxDepth: 64,
  maxListValues: 100,
  maxQueryLength: 16_384,
  maxDiagnostics: 50,
};

/**
 * Deeper nesting than this could exhaust the call stack, whatever `maxDepth` says: on Node 20's
 * default stack the parser overflows at about 310 levels of parentheses, and other runtimes
 * (and callers already deep in their own stack) have less.
 */
export const MAX_DEPTH_CEILING = 128;

/** The defaults with the given overrides; an override that is not a number of 0 or more (Infinity allowed) is ignored. */
export function withDefaults(overrides: Partial<Limits> | undefined): Limits {
  if (!overrides) return DEFAULT_LIMITS;
  const limits: Record<string, number> = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(overrides)) {
    if (key in DEFAULT_LIMITS && typeof value === "number" && value >= 0) limits[key] = value;
  }
  return limits as unknown as Limits;
}

export type SortOrder = "asc" | "desc";

/** The request's other query parameters. */
export interface RequestOptions {
  readonly sortOrder?: SortOrder;
  readonly perPage?: number;
  readonly continuationToken?: string;
}

/** A field name segment the API accepts. */
export const FIELD_NAME = /^[A-Za-z0-9_]+$/;
