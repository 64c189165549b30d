/**
 * The API's limits, in one place. Each can be overridden (say, if the API raises a limit before
 * this library does); the defaults are what the API enforces today (see the README for sources).
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
};

export type SortOrder = "asc" | "desc";

/** The request's other query parameters. */
export interface RequestOptions {
  readonly sortOrder?: SortOrder;
  readonly perPage?: number;
  readonly continuationToken?: string;
}

/** A field name segment the API accepts. */
export const FIELD_NAME = /^[A-Za-z0-9_]+$/;
