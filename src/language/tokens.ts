import { createToken, Lexer, type TokenType } from "chevrotain";

// Token categories let one CONSUME accept any of several tokens.
export const FieldStart = createToken({ name: "FieldStart", label: "a field name", pattern: Lexer.NA });
export const FieldSegment = createToken({ name: "FieldSegment", label: "a field name", pattern: Lexer.NA });
export const ComparisonOperator = createToken({ name: "ComparisonOperator", label: "an operator", pattern: Lexer.NA });

// Identifiers come first in the definitions (keywords refer to them as their longer alternative)
// but last in the lexer's list, so that `and` is a keyword and `android` a field.
export const Identifier = createToken({
  name: "Identifier",
  label: "a field name",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  categories: [FieldStart, FieldSegment],
});

// After a dot a keyword is just a name: `meta.and`, `tags.in`.
function keyword(name: string, word: string): TokenType {
  return createToken({
    name,
    label: `\`${word}\``,
    pattern: new RegExp(word, "i"),
    longer_alt: Identifier,
    categories: [FieldSegment],
  });
}

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

// A string runs to its closing quote or to the end of the line; a missing closing quote is
// reported by the parser (UNCLOSED_STRING), so a half-typed string is still one token.
export const StringLiteral = createToken({
  name: "StringLiteral",
  label: "a string",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"?|'(?:[^'\\\r\n]|\\[^\r\n])*'?/,
});
// `name` in backticks: any field name, including keywords and names the API would reject.
export const QuotedIdentifier = createToken({
  name: "QuotedIdentifier",
  label: "a field name",
  pattern: /`(?:[^`\\\r\n]|\\[^\r\n])*`?/,
  categories: [FieldStart, FieldSegment],
});
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  label: "a number",
  pattern: /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
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

export const LParen = createToken({ name: "LParen", label: "`(`", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", label: "`)`", pattern: /\)/ });
export const Comma = createToken({ name: "Comma", label: "`,`", pattern: /,/ });
export const Dot = createToken({ name: "Dot", label: "`.`", pattern: /\./ });

export const And = keyword("And", "and");
export const Or = keyword("Or", "or");
export const Not = keyword("Not", "not");
export const In = keyword("In", "in");
export const True = keyword("True", "true");
export const False = keyword("False", "false");

/** Every token type the parser knows, categories included, in lexing priority order. */
export const ALL_TOKENS: TokenType[] = [
  FieldStart,
  FieldSegment,
  ComparisonOperator,
  WhiteSpace,
  StringLiteral,
  QuotedIdentifier,
  NumberLiteral,
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

export const filterLexer = new Lexer(ALL_TOKENS, {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  skipValidations: true,
});
