import type { IToken } from "chevrotain";
import { problem, type Problem } from "../diagnostics/diagnostic.js";
import { span } from "./span.js";
import { LParen, RParen } from "./tokens.js";

/**
 * Matches parentheses over the tokens, so that an unclosed `(` is reported where it was opened
 * and a stray `)` where it stands, whatever the parser made of the text around them.
 */
export function unbalancedParentheses(tokens: readonly IToken[]): Problem[] {
  const problems: Problem[] = [];
  const open: IToken[] = [];
  for (const t of tokens) {
    if (t.tokenType === LParen) open.push(t);
    else if (t.tokenType === RParen && open.pop() === undefined) {
      problems.push(problem("UNMATCHED_PAREN", span(t.startOffset, t.startOffset + 1), "this `)` has no matching `(`", "remove it, or add the `(` it closes"));
    }
  }
  for (const t of open) {
    problems.push(problem("UNCLOSED_PAREN", span(t.startOffset, t.startOffset + 1), "this `(` is never closed", "add a `)` to close it"));
  }
  return problems;
}
