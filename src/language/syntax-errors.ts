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
const VALUES = new Set<TokenType>([T.StringLiteral, T.NumberLiteral, T.True, T.False]);
const COMBINATORS = new Set<TokenType>([T.And, T.Or]);

/**
 * One Chevrotain error as a problem in the user's words, or undefined where another pass says it
 * better: parentheses are matched over the tokens (UNCLOSED_PAREN, UNMATCHED_PAREN).
 */
export function syntaxProblem(e: IRecognitionException, source: string, nothingParsed: boolean): Problem | undefined {
  const expected = new Set(e.message.split("|"));
  const token = e.token;
  const atEnd = token.tokenType === EOF;
  const at: Span = atEnd ? span(source.length, source.length) : span(token.startOffset, token.startOffset + token.image.length);
  const found = describe(token);
  const previous = (e as { previousToken?: IToken }).previousToken;
  const hasPrevious = previous !== undefined && previous.tokenType !== EOF && previous.startOffset >= 0;
  const after = hasPrevious ? ` after \`${previous.image}\`` : "";

  // Left over after the whole filter, a `)` has no `(`; at the end, a missing `)` has an open `(`.
  const leftover = e.name === "NotAllInputParsedException";
  if ((leftover && token.tokenType === T.RParen) || (atEnd && expected.has(T.RParen.name))) return undefined;
  if (leftover) {
    if (!nothingParsed) return problem("UNEXPECTED_TOKEN", at, `expected \`and\`, \`or\` or the end of the filter, found ${found}`);
    expected.add(T.FieldStart.name);
  }
  if (expected.has(T.RParen.name)) {
    return problem(
      "UNEXPECTED_TOKEN",
      at,
      expected.has(T.Comma.name) || e.context.ruleStack.at(-1) === "condition" ? `expected \`,\` or \`)\` in the list, found ${found}` : `expected \`)\`, found ${found}`,
      VALUES.has(token.tokenType) ? "separate the values with commas: `field in (1, 2, 3)`" : undefined,
    );
  }
  if (expected.has(T.ComparisonOperator.name)) {
    return problem("EXPECTED_OPERATOR", at, `expected an operator after the field name, found ${found}`, "the operators are ==, !=, <, <=, >, >=, in and not in");
  }
  if (expected.has(T.StringLiteral.name)) {
    return problem("EXPECTED_VALUE", at, `expected a value${after}, found ${found}`, 'a value is a "string", a number, true or false');
  }
  if (expected.has(T.FieldSegment.name)) {
    return problem("EXPECTED_FIELD", at, `expected a field name${after}, found ${found}`);
  }
  if (expected.has(T.FieldStart.name)) {
    if (hasPrevious && COMBINATORS.has(previous.tokenType) && (atEnd || token.tokenType === T.RParen || COMBINATORS.has(token.tokenType))) {
      return problem(
        "TRAILING_COMBINATOR",
        span(previous.startOffset, previous.startOffset + previous.image.length),
        `nothing follows this \`${previous.image}\``,
        `add a condition after it, or remove the \`${previous.image}\``,
      );
    }
    return problem("EXPECTED_FIELD", at, `expected a condition${after}, found ${found}`, VALUES.has(token.tokenType) ? "a condition starts with a field name: `field == value`" : undefined);
  }
  if (expected.has(T.LParen.name)) {
    return problem("UNEXPECTED_TOKEN", at, `expected \`(\`${after}, found ${found}`, "a list is written `field in (1, 2, 3)`");
  }
  const labels = [...expected].map((name) => tokenLabel(TOKEN_BY_NAME.get(name) ?? EOF));
  return problem("UNEXPECTED_TOKEN", at, `expected ${labels.join(" or ")}${after}, found ${found}`);
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
