import { createToken, Lexer, type TokenType } from "chevrotain";

// The token definitions: the parser's vocabulary, and (through their patterns) the reference the
// scanner in scanner.ts is tested against.

// Token categories let one CONSUME accept any of several tokens.
export const FieldStart = createToken({ name: "FieldStart", label: "a field name", pattern: Lexer.NA });
export const FieldSegment = createToken({ name: "FieldSegment", label: "a field name", pattern: Lexer.NA });
export const ComparisonOperator = createToken({ name: "ComparisonOperator", label: "an operator", pattern: Lexer.NA });

// Identifiers come first in the definitions (keywords refer to them as their longer alternative)
// but last in the lexer's list, so that `and` is a keyword and `android` a field.
// Letters beyond ASCII (`café`) are read as part of a word so that the word gets a useful error
// (UNQUOTED_VALUE, FIELD_NAME_INVALID) instead of UNKNOWN_CHARACTER. Not word characters: the
// Unicode spaces and line separators (JavaScript's \s, and U+0085: all whitespace), and the rest of
// U+2000-U+206F (zero-width and bidi marks, typographic quotes, line separators, punctuation).
export const Identifier = createToken({
  name: "Identifier",
  label: "a field name",
  pattern: /[A-Za-z_\u00c0-\u167f\u1681-\u1fff\u2070-\u2fff\u3001-\ufefe\uff00-\uffff][\w\u00c0-\u167f\u1681-\u1fff\u2070-\u2fff\u3001-\ufefe\uff00-\uffff]*/,
  categories: [FieldStart, FieldSegment],
});

// After a dot a keyword is just a name: `meta.and`, `tags.in`. `&&` and `||` are accepted as
// `and` and `or`, since people type them.
function keyword(name: string, word: string, symbol?: string): TokenType {
  return createToken({
    name,
    label: `\`${word}\``,
    pattern: symbol ? new RegExp(`${word}|${symbol}`, "i") : new RegExp(word, "i"),
    longer_alt: Identifier,
    categories: [FieldSegment],
  });
}

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// A string runs to its closing quote or to the end of the line; a missing closing quote is
// reported by the parser (UNCLOSED_STRING), so a half-typed string is still one token.
export const StringLiteral = createToken({
  name: "StringLiteral",
  label: "a string",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n]?)*"?|'(?:[^'\\\r\n]|\\[^\r\n]?)*'?/,
});
// `name` in backticks: any field name, including keywords and names the API would reject.
export const QuotedIdentifier = createToken({
  name: "QuotedIdentifier",
  label: "a field name",
  pattern: /`(?:[^`\\\r\n]|\\[^\r\n]?)*`?/,
  categories: [FieldStart, FieldSegment],
});
// Strings in typographic quotes (“active”, as word processors write them) are read so that the
// parser can say what to type instead (TYPOGRAPHIC_QUOTES).
export const TypographicString = createToken({
  name: "TypographicString",
  label: "a string in typographic quotes",
  pattern: /[“”„‟‘’‚‛«»][^“”„‟‘’‚‛«»"\r\n]*[“”„‟‘’‚‛«»"]?/,
});
// A number runs on through letters, digits and inner dots (`1_000`, `1.2.3`, `5px`) so that a
// malformed one is reported whole (INVALID_NUMBER) rather than as a number and a stray word.
// After a dot it can also be names that start with a digit: `items.0.name` is read as `items`,
// `.`, `0.name`, and the parser splits `0.name` into the names `0` and `name`.
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  label: "a number",
  pattern: /-?\d(?:[eE][+-]\d|\.[\dA-Za-z_]|[\dA-Za-z_])*/,
  categories: [FieldSegment],
});


function operator(name: string, text: string, pattern: RegExp): TokenType {
  return createToken({ name, label: `\`${text}\``, pattern, categories: [ComparisonOperator] });
}
export const Equals = operator("Equals", "==", /==?/);
export const NotEquals = operator("NotEquals", "!=", /!=/);
export const LessOrEqual = operator("LessOrEqual", "<=", /<=/);
export const GreaterOrEqual = operator("GreaterOrEqual", ">=", />=/);
export const Less = operator("Less", "<", /</);
export const Greater = operator("Greater", ">", />/);
// Typos read as the operator they stand for, with an OPERATOR_TYPO error to say so.
export const TripleEquals = operator("TripleEquals", "===", /===/);
export const NotDoubleEquals = operator("NotDoubleEquals", "!==", /!==/);
export const EqualsLess = operator("EqualsLess", "=<", /=</);
export const EqualsGreater = operator("EqualsGreater", "=>", /=>/);
export const EqualsBang = operator("EqualsBang", "=!", /=!/);

export const LParen = createToken({ name: "LParen", label: "`(`", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", label: "`)`", pattern: /\)/ });
export const Comma = createToken({ name: "Comma", label: "`,`", pattern: /,/ });
export const Dot = createToken({ name: "Dot", label: "`.`", pattern: /\./ });

export const And = keyword("And", "and", "&&");
export const Or = keyword("Or", "or", "\\|\\|");
export const Not = keyword("Not", "not");
export const In = keyword("In", "in");
export const True = keyword("True", "true");
export const False = keyword("False", "false");

/** Each keyword token's word, as written in canonical text. */
export const KEYWORD_TEXT: ReadonlyMap<TokenType, string> = new Map([
  [And, "and"],
  [Or, "or"],
  [Not, "not"],
  [In, "in"],
  [True, "true"],
  [False, "false"],
]);

/** Every token type the parser knows, categories included, in lexing priority order. */
export const ALL_TOKENS: TokenType[] = [
  FieldStart,
  FieldSegment,
  ComparisonOperator,
  WhiteSpace,
  StringLiteral,
  QuotedIdentifier,
  TypographicString,
  NumberLiteral,
  TripleEquals,
  NotDoubleEquals,
  EqualsLess,
  EqualsGreater,
  EqualsBang,
  Equals,
  NotEquals,
  LessOrEqual,
  GreaterOrEqual,
  Less,
  Greater,
  LParen,
  RParen,
  Comma,
  Dot,
  And,
  Or,
  Not,
  In,
  True,
  False,
  Identifier,
];
