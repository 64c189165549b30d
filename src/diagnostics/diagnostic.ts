import { lineColumn, type Span } from "../language/span.js";
import type { Limits } from "../validate/defaults.js";
import { CODES, type DiagnosticCode, type Severity } from "./codes.js";

/** A finding about a filter, placed in the text it came from. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  /** UTF-16 offset of the first character the diagnostic is about. */
  readonly start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  readonly end: number;
  /** 1-based line of `start`. */
  readonly line: number;
  /** 1-based column of `start`, counted in code points. */
  readonly column: number;
  readonly hint?: string;
}

/** A diagnostic before it is placed: passes produce these, and lines and columns are only computed at the end. */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly hint?: string;
}

/** A problem with the code's usual severity, or `severity` where a setting decides (unknown fields). */
export function problem(code: DiagnosticCode, span: Span, message: string, hint?: string, severity: Severity = CODES[code]): Problem {
  return hint === undefined ? { code, severity, message, span } : { code, severity, message, span, hint };
}

/** For JavaScript callers that pass something other than text (or a `Filter`) where it is expected. */
export function invalidInput(expected: string, got: unknown): Diagnostic {
  const what = typeof got === "string" ? got : got === null ? "null" : Array.isArray(got) ? "an array" : typeof got;
  return { code: "INVALID_INPUT", severity: "error", message: `expected ${expected}, got ${what}`, start: 0, end: 0, line: 1, column: 1 };
}

/** For a Filter built by hand whose shape a pass could not read (it failed with `error`). */
export function malformedFilter(error: Error): Diagnostic {
  return invalidInput("a well-formed Filter", `one that fails with "${error.message}"`);
}

export function locate(text: string, p: Problem): Diagnostic {
  const { line, column } = lineColumn(text, p.span.start);
  const d = { code: p.code, severity: p.severity, message: p.message, start: p.span.start, end: p.span.end, line, column };
  return p.hint === undefined ? d : { ...d, hint: p.hint };
}

/** Problems in source order, capped at `maxDiagnostics`, with lines and columns. */
export function diagnose(source: string, problems: Problem[], limits: Pick<Limits, "maxDiagnostics">): Diagnostic[] {
  return problems
    .sort((a, b) => a.span.start - b.span.start)
    .slice(0, limits.maxDiagnostics)
    .map((p) => locate(source, p));
}

export function hasErrors(diagnostics: readonly { severity: Severity }[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Thrown by `parse`, `compile` and `decompile`; carries every error found (and any warnings). */
export class FilterError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const first = errors[0] ?? diagnostics[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    super(first ? `${first.code} at ${first.line}:${first.column}: ${first.message}${more}` : "invalid filter");
    this.name = "FilterError";
    this.diagnostics = diagnostics;
  }
}
