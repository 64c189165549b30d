import { problem, type Problem } from "../diagnostics/diagnostic.js";
import { span } from "./span.js";

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', "'": "'", "`": "`", "\\": "\\", n: "\n", t: "\t", r: "\r" };

/**
 * Reads a quoted literal (a string or a backtick field name) starting at `offset` in the source.
 * Problems (a bad escape, a missing closing quote) are pushed to `problems`; the value read so far
 * is returned either way so that parsing can go on.
 */
export function unquote(image: string, offset: number, problems: Problem[]): string {
  const quote = image[0]!;
  let out = "";
  let i = 1;
  let chunk = 1;
  while (i < image.length) {
    const c = image[i]!;
    if (c === quote) {
      return out + image.slice(chunk, i);
    }
    if (c !== "\\") {
      i++;
      continue;
    }
    out += image.slice(chunk, i);
    const e = image[i + 1];
    if (e === "u" && /^[0-9a-fA-F]{4}$/.test(image.slice(i + 2, i + 6))) {
      out += String.fromCharCode(parseInt(image.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (e !== undefined && e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
    } else {
      problems.push(
        problem(
          "INVALID_ESCAPE",
          span(offset + i, offset + Math.min(i + 2, image.length)),
          e === "u" ? "`\\u` must be followed by four hexadecimal digits" : `\`\\${e ?? ""}\` is not an escape sequence`,
          'the escapes are \\" \\\' \\\\ \\n \\t \\r and \\uXXXX; write \\\\ for a backslash',
        ),
      );
      i += e === undefined ? 1 : 2;
    }
    chunk = i;
  }
  const what = quote === "`" ? "field name" : "string";
  problems.push(
    problem(
      "UNCLOSED_STRING",
      span(offset, offset + 1),
      `this ${what} is never closed: add a closing ${quote}`,
      quote === "`" ? undefined : "a string ends on the line it starts; write \\n for a line break",
    ),
  );
  return out + image.slice(chunk);
}

/** The canonical double-quoted spelling of a string: only `"`, `\` and control characters are escaped. */
export function quoteString(value: string): string {
  return `"${escapeBody(value, '"')}"`;
}

export function quoteIdentifier(name: string): string {
  return `\`${escapeBody(name, "`")}\``;
}

/** Half of a surrogate pair without the other half: text that has no UTF-8 form. */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Control characters, lone surrogates and line separators are written as escapes so the
// printed text stays on one line and survives any transport.
const NEEDS_ESCAPE = new RegExp(`[\\u0000-\\u001f\\u007f\\u2028\\u2029"\`\\\\]|${LONE_SURROGATE.source}`, "g");

function escapeBody(value: string, quote: string): string {
  return value.replace(NEEDS_ESCAPE, (c) => {
    if (c === "\\") return "\\\\";
    if (c === '"' || c === "`") return c === quote ? `\\${c}` : c;
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
