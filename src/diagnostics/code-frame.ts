import type { Diagnostic } from "./diagnostic.js";

/**
 * The diagnostic as a person reads it: severity, code and message, the source line with a caret
 * run under the span, and the hint. Columns count code points (an emoji is one), and tabs in the
 * line are kept in the caret line so the carets stay aligned.
 *
 *     error UNQUOTED_VALUE: `active` is not a value: strings are written in quotes
 *       1 | status == active
 *         |           ^^^^^^
 *       hint: write "active"
 */
export function formatDiagnostic(source: string, d: Diagnostic): string {
  const lines = source.split(/\r\n|\r|\n/);
  const text = lines[d.line - 1] ?? "";
  const chars = Array.from(text);
  const startColumn = Math.min(d.column - 1, chars.length);
  const lineStart = offsetOfLine(source, d.line);
  const endOffset = Math.min(d.end, lineStart + text.length);
  const width = Math.max(1, Array.from(source.slice(d.start, Math.max(d.start, endOffset))).length);
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  const indent = chars.slice(0, startColumn).map((c) => (c === "\t" ? "\t" : " ")).join("");
  const out = [
    `${d.severity} ${d.code}: ${d.message}`,
    `  ${gutter} | ${text}`,
    `  ${pad} | ${indent}${"^".repeat(width)}`,
  ];
  if (d.hint) out.push(`  hint: ${d.hint}`);
  return out.join("\n");
}

function offsetOfLine(source: string, line: number): number {
  const re = /\r\n|\r|\n/g;
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const m = re.exec(source);
    if (!m) break;
    offset = m.index + m[0].length;
  }
  return offset;
}
