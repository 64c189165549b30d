import type { IToken, TokenType } from "chevrotain";
import * as T from "./tokens.js";

/**
 * The lexer: reads the same tokens as the Chevrotain lexer built from the definitions in
 * tokens.ts would (a test compares the two on generated text), in one pass over character
 * codes. Building Chevrotain's lexer cost 5-7 ms at every cold start and running it a fifth of
 * each parse; this costs neither. Characters no token can start are reported as errors, a run of
 * them as one.
 */
export function scan(source: string): { tokens: IToken[]; errors: { offset: number; length: number }[] } {
  const tokens: IToken[] = [];
  const errors: { offset: number; length: number }[] = [];
  const push = (type: TokenType, start: number, end: number) =>
    tokens.push({ image: source.slice(start, end), startOffset: start, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type } as IToken);
  let i = 0;
  while (i < source.length) {
    const c = source.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const end = tokenAt(source, i, c, push);
    if (end > i) {
      i = end;
      continue;
    }
    const last = errors[errors.length - 1];
    if (last && last.offset + last.length === i) last.length++;
    else errors.push({ offset: i, length: 1 });
    i++;
  }
  return { tokens, errors };
}

/** Reads the token at `i` (pushing it) and returns where it ends, or `i` when none starts there. */
function tokenAt(s: string, i: number, c: number, push: (type: TokenType, start: number, end: number) => void): number {
  const next = s.charCodeAt(i + 1);
  const emit = (type: TokenType, end: number) => (push(type, i, end), end);
  switch (c) {
    case 0x22: // "
    case 0x27: // '
      return emit(T.StringLiteral, sticky(STRING, s, i));
    case 0x60: // `
      return emit(T.QuotedIdentifier, sticky(QUOTED_NAME, s, i));
    case 0x28:
      return emit(T.LParen, i + 1);
    case 0x29:
      return emit(T.RParen, i + 1);
    case 0x2c:
      return emit(T.Comma, i + 1);
    case 0x2e:
      return emit(T.Dot, i + 1);
    case 0x3d: // =
      if (next === 0x3d) return s.charCodeAt(i + 2) === 0x3d ? emit(T.TripleEquals, i + 3) : emit(T.Equals, i + 2);
      if (next === 0x3c) return emit(T.EqualsLess, i + 2);
      if (next === 0x3e) return emit(T.EqualsGreater, i + 2);
      if (next === 0x21) return emit(T.EqualsBang, i + 2);
      return emit(T.Equals, i + 1);
    case 0x21: // !
      if (next !== 0x3d) return i;
      return s.charCodeAt(i + 2) === 0x3d ? emit(T.NotDoubleEquals, i + 3) : emit(T.NotEquals, i + 2);
    case 0x3c: // <
      return next === 0x3d ? emit(T.LessOrEqual, i + 2) : emit(T.Less, i + 1);
    case 0x3e: // >
      return next === 0x3d ? emit(T.GreaterOrEqual, i + 2) : emit(T.Greater, i + 1);
    case 0x26: // &&
      return next === 0x26 ? emit(T.And, i + 2) : i;
    case 0x7c: // ||
      return next === 0x7c ? emit(T.Or, i + 2) : i;
    case 0x2d: // -, only as the sign of a number
      return isDigit(next) ? emit(T.NumberLiteral, number(s, i + 1)) : i;
  }
  if (isDigit(c)) return emit(T.NumberLiteral, number(s, i));
  if (isWordStart(c)) {
    let end = i + 1;
    while (end < s.length && isWordPart(s.charCodeAt(end))) end++;
    return emit(KEYWORDS.get(s.slice(i, end).toLowerCase()) ?? T.Identifier, end);
  }
  if (isTypographicQuote(c)) {
    let end = i + 1;
    // Runs to the next typographic or straight double quote, or to the end of the line.
    while (end < s.length && !isTypographicQuote(s.charCodeAt(end)) && !isLineBreakOrQuote(s.charCodeAt(end))) end++;
    if (end < s.length && (isTypographicQuote(s.charCodeAt(end)) || s.charCodeAt(end) === 0x22)) end++;
    return emit(T.TypographicString, end);
  }
  return i;
}

const KEYWORDS = new Map([...T.KEYWORD_TEXT].map(([type, word]) => [word, type]));

// Quoted text is matched with the tokens' own patterns: long strings are the bulk of long
// filters, and the regular expression engine reads them faster than a loop here would.
const STRING = new RegExp((T.StringLiteral.PATTERN as RegExp).source, "y");
const QUOTED_NAME = new RegExp((T.QuotedIdentifier.PATTERN as RegExp).source, "y");

function sticky(pattern: RegExp, s: string, start: number): number {
  pattern.lastIndex = start;
  return pattern.exec(s) ? pattern.lastIndex : start + 1;
}

/** Digits, letters, `_`, an inner `.` and an exponent sign: a malformed number is read whole. */
function number(s: string, start: number): number {
  let i = start + 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const n = s.charCodeAt(i + 1);
    if ((c === 0x65 || c === 0x45) && (n === 0x2b || n === 0x2d) && isDigit(s.charCodeAt(i + 2))) i += 3;
    else if (c === 0x2e && isAsciiWord(n)) i += 2;
    else if (isAsciiWord(c)) i++;
    else break;
  }
  return i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiWord(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

// The ranges of the Identifier token's pattern in tokens.ts: letters beyond ASCII, without the
// Unicode spaces and the U+2000-U+206F block.
function isWide(c: number): boolean {
  return (c >= 0xc0 && c <= 0x167f) || (c >= 0x1681 && c <= 0x1fff) || (c >= 0x2070 && c <= 0x2fff) || (c >= 0x3001 && c <= 0xfefe) || c >= 0xff00;
}

function isWordStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || isWide(c);
}

function isWordPart(c: number): boolean {
  return isAsciiWord(c) || isWide(c);
}

/** The WhiteSpace token's characters. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether a typographic string's image ends with its closing quote (typographic, or a straight `"`). */
export function typographicClosed(image: string): boolean {
  const last = image.charCodeAt(image.length - 1);
  return image.length > 1 && (isTypographicQuote(last) || last === 0x22);
}

// “ ” „ ‟ ‘ ’ ‚ ‛ « »
function isTypographicQuote(c: number): boolean {
  return (c >= 0x2018 && c <= 0x201f) || c === 0xab || c === 0xbb;
}

function isLineBreakOrQuote(c: number): boolean {
  return c === 0x22 || c === 0x0a || c === 0x0d;
}
