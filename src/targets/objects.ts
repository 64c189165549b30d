import { diagnose, FilterError, invalidInput, problem, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Filter } from "../language/ast.js";
import type { Span } from "../language/span.js";
import { decompile, type Decompiled } from "./decompile.js";

/** What the object targets (SDK params, binding options) share. */

/** Sets a property even when its name is `__proto__`. */
export function defineOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Equal values, or equal `in` lists whatever their order. */
export function sameValues(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return a === b;
  const sorted = (xs: unknown[]) => [...xs].map(String).sort().join("\u0000");
  return a.length === b.length && sorted(a) === sorted(b);
}

/** An object holds one value per key: two different conditions that need the same key cannot both go. */
export function conflict(input: string | Filter, source: string | undefined, at: Span, message: string): Diagnostic {
  const hint = "keep one of them (together they match nothing, or the same as the stronger one)";
  return diagnose(typeof input === "string" ? input : (source ?? ""), [problem("TARGET_CONFLICT", at, message, hint)], { maxDiagnostics: 1 })[0]!;
}

/**
 * Reads key=value pairs built from an object target as a query string. Its diagnostics are
 * moved to offset 0, since the query is not text the caller has seen; their messages name the
 * parameter.
 */
export function readPairs(pairs: readonly (readonly [string, string])[]): Decompiled {
  const query = pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&");
  try {
    return decompile(query, { limits: { maxQueryLength: Infinity } });
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    throw new FilterError(e.diagnostics.map((d) => ({ ...d, start: 0, end: 0, line: 1, column: 1 })));
  }
}

/** A value an object target can carry: a string, a finite number or a boolean. */
export function scalarText(value: unknown, where: string): string {
  if (typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))) return String(value);
  throw new FilterError([invalidInput(`a string, number or boolean for ${where}`, value)]);
}
