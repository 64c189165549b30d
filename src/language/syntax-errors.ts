import { EOF, tokenLabel, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import { problem, type Problem } from "../diagnostics/diagnostic.js";
import { span, type Span } from "./span.js";
import * as T from "./tokens.js";

/**
 * Chevrotain's own messages name tokens ("Expecting token of type --> RParen <--"). Ours record
 * only which tokens were expected, as names joined by `|`; `syntaxProblem` turns that into a
 * message in the user's words.
 */
export const expectationMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => expected.name,
  buildNotAllInputParsedMessage: () => EOF.name,
  buildNoViableAltMessage: ({ expectedPathsPerAlt }) => firstTokens(expectedPathsPerAlt.flat()),
  buildEarlyExitMessage: ({ expectedIterationPaths }) => firstTokens(expectedIterationPaths),
};

function firstTokens(paths: TokenType[][]): string {
  return [...new Set(paths.map((p) => p[0]!.name))].join("|");
}

const TOKEN_BY_NAME = new Map(T.ALL_TOKENS.map((t) => [t.name, t]));

const STARTS_CONDITION = new Set<TokenType>([T.Identifier, T.QuotedIdentifier, T.Not, T.LParen]);

export function syntaxProblem(
  e: IRecognitionException,
  source: string,
  openParens: readonly IToken[],
  nothingParsed: boolean,
): Problem {
  const expected = new Set(e.message.split("|"));
  const token = e.token;
  const atEnd = token.tokenType === EOF;
  const at: Span = atEnd ? span(source.length, source.length) : span(token.startOffset, token.startOffset + token.image.length);
  const found = describe(token);
  const previous = (e as { previousToken?: IToken }).previousToken;
  const after = previous && previous.tokenType !== EOF && Number.isFinite(previous.startOffset) ? ` after \`${previous.image}\`` : "";

  if (e.name === "NotAllInputParsedException" && nothingParsed) expected.add(T.FieldStart.name);
  else if (e.name === "NotAllInputParsedException") {
    if (token.tokenType === T.RParen) return problem("UNEXPECTED_TOKEN", at, "this `)` has no matching `(`", "remove it, or add the `(` it closes");
    if (STARTS_CONDITION.has(token.tokenType)) return missingCombinator(at, token);
    return problem("UNEXPECTED_TOKEN", at, `expected \`and\`, \`or\` or the end of the filter, found ${found}`);
  }
  if (expected.has(T.RParen.name)) {
    const open = openParens[openParens.length - 1];
    if (atEnd && open) {
      return problem("UNCLOSED_PAREN", span(open.startOffset, open.startOffset + 1), "this `(` is never closed", "add a `)` to close it");
    }
    if (expected.has(T.Comma.name) || e.context.ruleStack.at(-1) === "condition") {
      return problem(
        "UNEXPECTED_TOKEN",
        at,
        `expected \`,\` or \`)\` in the list, found ${found}`,
        "separate the values with commas: `field in (1, 2, 3)`",
      );
    }
    if (STARTS_CONDITION.has(token.tokenType)) return missingCombinator(at, token);
    return problem("UNEXPECTED_TOKEN", at, `expected \`)\`, found ${found}`);
  }
  if (expected.has(T.ComparisonOperator.name)) {
    return problem(
      "EXPECTED_OPERATOR",
      at,
      `expected an operator after the field name, found ${found}`,
      "the operators are ==, !=, <, <=, >, >=, in and not in",
    );
  }
  if (expected.has(T.StringLiteral.name)) {
    return problem("EXPECTED_VALUE", at, `expected a value${after}, found ${found}`, 'a value is a "string", a number, true or false');
  }
  if (expected.has(T.FieldSegment.name)) {
    return problem("EXPECTED_FIELD", at, `expected a field name${after}, found ${found}`);
  }
  if (expected.has(T.FieldStart.name)) {
    const isValue = [T.StringLiteral, T.NumberLiteral, T.True, T.False].includes(token.tokenType);
    return problem(
      "EXPECTED_FIELD",
      at,
      `expected a condition${after}, found ${found}`,
      isValue ? "a condition starts with a field name: `field == value`" : undefined,
    );
  }
  if (expected.has(T.LParen.name)) {
    return problem("UNEXPECTED_TOKEN", at, `expected \`(\`${after}, found ${found}`, "a list is written `field in (1, 2, 3)`");
  }
  const labels = [...expected].map((name) => tokenLabel(TOKEN_BY_NAME.get(name) ?? EOF));
  return problem("UNEXPECTED_TOKEN", at, `expected ${labels.join(" or ")}${after}, found ${found}`);
}

function missingCombinator(at: Span, token: IToken): Problem {
  return problem(
    "MISSING_COMBINATOR",
    at,
    `expected \`and\` or \`or\` before ${describe(token)}`,
    "conditions are joined with `and` or `or`; nothing is implied",
  );
}

/** A token as a person would name it in a sentence. */
function describe(token: IToken): string {
  const image = token.image.length > 30 ? `${token.image.slice(0, 27)}...` : token.image;
  switch (token.tokenType) {
    case EOF:
      return "the end of the filter";
    case T.StringLiteral:
      return `the string ${image}`;
    case T.NumberLiteral:
      return `the number ${image}`;
    case T.QuotedIdentifier:
      return `the field ${image}`;
    default:
      return `\`${image}\``;
  }
}
