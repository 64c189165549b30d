import { tokenMatcher, type IToken } from "chevrotain";
import { NUMBER } from "../language/numbers.js";
import { FilterError, invalidInput } from "../diagnostics/diagnostic.js";
import { isSpace, scan } from "../language/scanner.js";
import * as T from "../language/tokens.js";

export type HighlightType = "field" | "operator" | "keyword" | "string" | "number" | "boolean" | "punctuation" | "whitespace" | "invalid";

export interface HighlightToken {
  readonly type: HighlightType;
  readonly start: number;
  readonly end: number;
}

const PUNCTUATION = new Set([T.LParen, T.RParen, T.Comma, T.Dot]);
const TYPO_OPERATORS = new Set([T.TripleEquals, T.NotDoubleEquals, T.EqualsLess, T.EqualsGreater, T.EqualsBang]);

/**
 * Tokens for syntax colouring, on any input: consecutive, covering every character from 0 to
 * `source.length`. Text the language cannot read, and slips the parser would report (an unquoted
 * value, a typo operator, typographic quotes, a malformed number), are `invalid`.
 */
export function tokenize(source: string): HighlightToken[] {
  if (typeof source !== "string") throw new FilterError([invalidInput("filter text", source)]);
  const { tokens } = scan(source);
  const out: HighlightToken[] = [];
  let at = 0;
  tokens.forEach((t, i) => {
    if (t.startOffset > at) out.push(...gaps(source, at, t.startOffset));
    const end = t.startOffset + t.image.length;
    out.push({ type: typeOf(t, tokens[i - 1], tokens[i - 2]), start: t.startOffset, end });
    at = end;
  });
  if (at < source.length) out.push(...gaps(source, at, source.length));
  return out;
}

function typeOf(t: IToken, previous: IToken | undefined, beforeThat: IToken | undefined): HighlightType {
  const type = t.tokenType;
  // After a dot every name is a field name: `meta.and`, `items.0`.
  if (previous?.tokenType === T.Dot && tokenMatcher(t, T.FieldSegment)) return "field";
  if (type === T.Identifier) return isValuePosition(previous, beforeThat) ? "invalid" : "field";
  if (type === T.QuotedIdentifier) return "field";
  if (type === T.StringLiteral) return "string";
  if (type === T.NumberLiteral) return NUMBER.test(t.image) ? "number" : "invalid";
  if (type === T.True || type === T.False) return "boolean";
  if (T.KEYWORD_TEXT.has(type)) return "keyword";
  if (TYPO_OPERATORS.has(type) || type === T.TypographicString) return "invalid";
  if (tokenMatcher(t, T.ComparisonOperator)) return "operator";
  return PUNCTUATION.has(type) ? "punctuation" : "invalid";
}

/** Where a value goes: after an operator, after `in (`, after a comma (commas only separate values). */
function isValuePosition(previous: IToken | undefined, beforeThat: IToken | undefined): boolean {
  if (previous === undefined) return false;
  if (tokenMatcher(previous, T.ComparisonOperator) || previous.tokenType === T.Comma) return true;
  return previous.tokenType === T.LParen && beforeThat?.tokenType === T.In;
}

/** Text between tokens: runs of skipped whitespace, and characters the lexer could not read. */
function gaps(source: string, start: number, end: number): HighlightToken[] {
  const runs: HighlightToken[] = [];
  for (let i = start; i < end; ) {
    const space = isSpace(source.charCodeAt(i));
    let j = i + 1;
    while (j < end && isSpace(source.charCodeAt(j)) === space) j++;
    runs.push({ type: space ? "whitespace" : "invalid", start: i, end: j });
    i = j;
  }
  return runs;
}
