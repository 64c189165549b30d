import { createTokenInstance, tokenMatcher, type IToken, type TokenType } from "chevrotain";
import { problem, type Problem } from "../diagnostics/diagnostic.js";
import { span } from "./span.js";
import * as T from "./tokens.js";

/**
 * Token-level repairs made before parsing, each reported as an error: the parser then reads the
 * rest of the filter as it was meant, so what follows a slip is still checked.
 */

const ENDS_CONDITION = new Set<TokenType>([T.StringLiteral, T.NumberLiteral, T.True, T.False, T.RParen, T.TypographicString]);
const STARTS_CONDITION = new Set<TokenType>([T.Identifier, T.QuotedIdentifier, T.Not, T.LParen]);
const FIELD_END = new Set<TokenType>([T.Identifier, T.QuotedIdentifier]);
const BEFORE_CONDITION = new Set<TokenType>([T.And, T.Or, T.Not, T.LParen]);
const FIELD_START = new Set<TokenType>([T.Identifier, T.QuotedIdentifier]);

/**
 * A word where only a keyword fits, one typo away from it (`adn`, `inn`, `nto`), is read as that
 * keyword with a MISSPELLED_KEYWORD error, so the rest of the filter still parses. Only two
 * places are looked at: between two conditions (`and`, `or`) and between a field and a list
 * (`in`, and `not` before `in`).
 */
export function fixMisspelledKeywords(tokens: IToken[], problems: Problem[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.tokenType !== T.Identifier) continue;
    const before = tokens[i - 1]?.tokenType;
    const after = tokens[i + 1]?.tokenType;
    // An unquoted word after an operator ends a condition too (it is reported as UNQUOTED_VALUE).
    const endsCondition = before !== undefined && (ENDS_CONDITION.has(before) || (before === T.Identifier && precededByOperator(tokens, i - 1)));
    const startsCondition = before === undefined || BEFORE_CONDITION.has(before);
    const candidates =
      endsCondition && after !== undefined && STARTS_CONDITION.has(after)
        ? [T.And, T.Or]
        : before !== undefined && FIELD_END.has(before) && after === T.LParen && !precededByOperator(tokens, i - 1)
          ? [T.In]
          : before !== undefined && FIELD_END.has(before) && after === T.In
            ? [T.Not]
            : startsCondition && after !== undefined && FIELD_START.has(after)
              ? [T.Not]
              : [];
    const keyword = candidates.find((k) => oneTypoAway(t.image.toLowerCase(), keywordText(k)));
    if (!keyword) continue;
    const word = keywordText(keyword);
    problems.push(problem("MISSPELLED_KEYWORD", span(t.startOffset, t.startOffset + t.image.length), `\`${t.image}\` is not a keyword; did you mean \`${word}\`?`, `write \`${word}\``));
    tokens[i] = createTokenInstance(keyword, t.image, t.startOffset, t.startOffset + t.image.length, NaN, NaN, NaN, NaN);
  }
}

function keywordText(k: TokenType): string {
  return T.KEYWORD_TEXT.get(k)!;
}

/** `x == inn (`: the word after an operator is a value, not a misspelled `in`. */
function precededByOperator(tokens: readonly IToken[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && tokenMatcher(before, T.ComparisonOperator);
}

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b` (and a !== b). */
function oneTypoAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, from: number) => x.slice(from);
  return (
    rest(a, i + 1) === rest(b, i + 1) || // substitution
    rest(a, i + 1) === rest(b, i) || // a has an extra letter
    rest(a, i) === rest(b, i + 1) || // b has an extra letter
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2) === rest(b, i + 2)) // swap
  );
}

const COMBINATORS = new Set<TokenType>([T.And, T.Or]);

/**
 * An `and` or `or` with nothing after it (the end, a `)`, another combinator) is reported and
 * dropped: `a == 1 and` is read as `a == 1`.
 */
export function dropTrailingCombinators(tokens: IToken[], problems: Problem[]): IToken[] {
  return tokens.filter((t, i) => {
    if (!COMBINATORS.has(t.tokenType)) return true;
    const next = tokens[i + 1]?.tokenType;
    if (next !== undefined && next !== T.RParen && !COMBINATORS.has(next)) return true;
    const at = span(t.startOffset, t.startOffset + t.image.length);
    problems.push(
      next !== undefined && COMBINATORS.has(next)
        ? problem("TRAILING_COMBINATOR", at, `no condition between this \`${t.image}\` and the \`${tokens[i + 1]!.image}\` after it`, `remove one of them, or add a condition between`)
        : problem("TRAILING_COMBINATOR", at, `nothing follows this \`${t.image}\``, `add a condition after it, or remove the \`${t.image}\``),
    );
    return false;
  });
}

/**
 * Matches parentheses over the tokens. A `)` without a `(` is reported where it stands and
 * dropped; unclosed `(` are reported where the first of them was opened and closed at the end
 * of the filter (with tokens of no width), so the parser reads everything between.
 */
export function balanceParentheses(tokens: IToken[], problems: Problem[], end: number): IToken[] {
  const open: IToken[] = [];
  const balanced = tokens.filter((t) => {
    if (t.tokenType === T.LParen) open.push(t);
    else if (t.tokenType === T.RParen && open.pop() === undefined) {
      problems.push(problem("UNMATCHED_PAREN", span(t.startOffset, t.startOffset + 1), "this `)` has no matching `(`", "remove it, or add the `(` it closes"));
      return false;
    }
    return true;
  });
  // One report, at the outermost: each `(` after it is unclosed too, and is closed with it.
  if (open.length > 0) {
    const more = open.length === 1 ? "" : open.length === 2 ? " (nor is the `(` after it)" : ` (nor are the ${open.length - 1} after it)`;
    problems.push(problem("UNCLOSED_PAREN", span(open[0]!.startOffset, open[0]!.startOffset + 1), `this \`(\` is never closed${more}`, "add a `)` to close it"));
  }
  for (let i = 0; i < open.length; i++) {
    balanced.push({ ...createTokenInstance(T.RParen, "", end, end, NaN, NaN, NaN, NaN), isInsertedInRecovery: true });
  }
  return balanced;
}
