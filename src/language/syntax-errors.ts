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

/**
 * One Chevrotain error as a problem in the user's words; none for an error at a `)` added to
 * close an unclosed `(`, which UNCLOSED_PAREN already reports.
 */
export function syntaxProblem(e: IRecognitionException, source: string, nothingParsed: boolean): Problem | undefined {
  const token = e.token;
  const expected = new Set(e.message.split("|"));
  // A `)` added at the end to close an unclosed `(`: an error that wanted it is UNCLOSED_PAREN's
  // business, any other stands at the end of the filter.
  const added = token.isInsertedInRecovery === true;
  if (added && (expected.has(T.RParen.name) || e.name === "NotAllInputParsedException")) return undefined;
  const atEnd = added || token.tokenType === EOF;
  const at: Span = atEnd ? span(source.length, source.length) : span(token.startOffset, token.startOffset + token.image.length);
  const found = describe(token);
  const previous = (e as { previousToken?: IToken }).previousToken;
  const hasPrevious = previous !== undefined && previous.tokenType !== EOF && previous.startOffset >= 0;
  const after = hasPrevious ? ` after \`${previous.image}\`` : "";

  if (e.name === "NotAllInputParsedException") {
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
  if (token.isInsertedInRecovery) return "the end of the filter";
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
