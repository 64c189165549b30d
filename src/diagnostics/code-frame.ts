import { ABOUT_THE_REQUEST } from "./codes.js";
import { FilterError, invalidInput, type Diagnostic } from "./diagnostic.js";

/**
 * The diagnostic as a person reads it: severity, code and message, the source line with a caret
 * run under the span, and the hint. Multi-line filters show the line the span starts on. The
 * carets follow each character's width on a terminal (two columns for CJK and most emoji, none
 * for combining accents; tabs are kept), so they stay under the span.
 *
 *     error UNQUOTED_VALUE: `active` is not a value: strings are written in quotes
 *       1 | status == active
 *         |           ^^^^^^
 *       hint: write "active"
 */
export function formatDiagnostic(source: string, d: Diagnostic): string {
  if (typeof source !== "string") throw new FilterError([invalidInput("the filter text", source)]);
  if (typeof d !== "object" || d === null || typeof d.start !== "number") throw new FilterError([invalidInput("a Diagnostic", d)]);
  const out = [`${d.severity} ${d.code}: ${d.message}`];
  if (!ABOUT_THE_REQUEST.has(d.code)) {
    const lineStart = offsetOfLine(source, d.line);
    const lineEnd = source.slice(lineStart).search(/\r|\n/);
    const text = source.slice(lineStart, lineEnd === -1 ? source.length : lineStart + lineEnd);
    const from = Math.min(Math.max(d.start - lineStart, 0), text.length);
    const to = Math.min(Math.max(d.end - lineStart, from), text.length);
    const indent = Array.from(text.slice(0, from), (c) => (c === "\t" ? "\t" : " ".repeat(width(c)))).join("");
    const carets = "^".repeat(Math.max(1, Array.from(text.slice(from, to), width).reduce((a, b) => a + b, 0)));
    const gutter = String(d.line);
    out.push(`  ${gutter} | ${text}`, `  ${" ".repeat(gutter.length)} | ${indent}${carets}`);
  }
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join("\n");
}

function offsetOfLine(source: string, line: number): number {
  const breaks = /\r\n|\r|\n/g;
  let offset = 0;
  for (let l = 1; l < line && breaks.exec(source); l++) offset = breaks.lastIndex;
  return offset;
}

// Combining marks take no column; East Asian wide and fullwidth characters and emoji take two.
const ZERO_WIDTH = /^[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0e31\u0e34-\u0e3a\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f]$/;
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]$|^[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$/u;

function width(char: string): number {
  return ZERO_WIDTH.test(char) ? 0 : WIDE.test(char) ? 2 : 1;
}
