import { problem, type Problem } from "../diagnostics/diagnostic.js";
import { span } from "./span.js";

/** A character the lexer cannot read, with a hint for the usual reasons it was typed. */
export function unknownCharacter(source: string, offset: number, length: number): Problem {
  const char = String.fromCodePoint(source.codePointAt(offset)!);
  return problem("UNKNOWN_CHARACTER", span(offset, offset + length), `\`${char}\` is not part of the filter language`, hint(source, offset, char));
}

function hint(source: string, offset: number, char: string): string | undefined {
  const before = source[offset - 1] ?? "";
  const after = source.slice(offset + 1, offset + 3);
  switch (char) {
    case "-":
      if (/^\s+\d/.test(source.slice(offset + 1, offset + 40))) return "write a negative number without a space: -5";
      if (/\w/.test(before) && /^\w/.test(after)) return "a field name with `-` is written in backticks (`my-field`), though the API cannot filter on it";
      return undefined;
    case "&":
      return "write `and` (or `&&`)";
    case "|":
      return "write `or` (or `||`)";
    case "!":
      return "`!=` means not equal, and `not` negates a condition";
    default:
      return undefined;
  }
}
