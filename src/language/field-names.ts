import type { IToken } from "chevrotain";
import type { Problem } from "../diagnostics/diagnostic.js";
import { unquote } from "./strings.js";
import * as T from "./tokens.js";

/**
 * The names one token of a field path stands for: a backtick name unquoted, and a number-shaped
 * token after a dot split at its dots (`items.0.name` is read as `items`, `.`, `0.name`).
 */
export function fieldNames(t: IToken, problems: Problem[]): string[] {
  if (t.tokenType === T.QuotedIdentifier) return [unquote(t.image, t.startOffset, problems)];
  return t.tokenType === T.NumberLiteral ? t.image.split(".") : [t.image];
}
