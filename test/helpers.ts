import { expect } from "vitest";
import { check, FilterError, parse, type Condition } from "../src/index.js";

/** A value with every `span`-like property removed, for comparing trees regardless of position. */
export function withoutSpans<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (/^(span|operatorSpan|fieldSpan|valueSpans)$/.test(key) ? undefined : v)));
}

/** Conditions as the API sees them: kind, path, operator, type and values. */
export function apiConditions(conditions: readonly Condition[]): unknown[] {
  return conditions.map((c) =>
    c.kind === "creator" ? { creator: c.value } : { path: c.path.join("."), operator: c.operator, type: c.type, values: c.values },
  );
}

/** The diagnostics of an invalid filter as `CODE start-end`. */
export function codes(source: string): string[] {
  return check(source).diagnostics.map((d) => `${d.code} ${d.start}-${d.end}`);
}

export function parseError(source: string): FilterError {
  try {
    parse(source);
  } catch (e) {
    expect(e).toBeInstanceOf(FilterError);
    return e as FilterError;
  }
  throw new Error(`expected ${JSON.stringify(source)} not to parse`);
}
