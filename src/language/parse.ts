import type { IToken } from "chevrotain";
import { diagnose, FilterError, hasErrors, invalidInput, problem, type Problem } from "../diagnostics/diagnostic.js";
import { MAX_DEPTH_CEILING, withDefaults, type Limits } from "../validate/defaults.js";
import type { Filter } from "./ast.js";
import { FilterParser } from "./parser.js";
import { scan } from "./scanner.js";
import { span } from "./span.js";
import { balanceParentheses, dropTrailingCombinators, fixMisspelledKeywords } from "./repairs.js";
import { unknownCharacter } from "./unknown-character.js";

export interface ParseOptions {
  /** Override any limit (see `DEFAULT_LIMITS`): `maxLength`, `maxTokens`, `maxDepth`, ... */
  readonly limits?: Partial<Limits>;
}

let parser: FilterParser | undefined;

/** Built on first use, so importing the library costs nothing until a filter is parsed. */
function sharedParser(): FilterParser {
  return (parser ??= new FilterParser());
}

/**
 * Lexes and parses; never throws. `filter` holds every condition that could be read (broken ones
 * are left out), so later passes can still check them; it is null only when the input was too
 * large to read at all.
 */
export function parseSource(source: string, limits: Limits): { filter: Filter | null; problems: Problem[] } {
  if (source.length > limits.maxLength) {
    return { filter: null, problems: [problem("INPUT_TOO_LONG", span(limits.maxLength, source.length), `the filter is ${source.length} characters long; the limit is ${limits.maxLength}`)] };
  }
  const lexed = scan(source);
  if (lexed.tokens.length > limits.maxTokens) {
    const first = lexed.tokens[limits.maxTokens]!;
    return { filter: null, problems: [problem("TOO_MANY_TOKENS", span(first.startOffset, source.length), `the filter has ${lexed.tokens.length} tokens; the limit is ${limits.maxTokens}`)] };
  }
  const problems: Problem[] = lexed.errors.map((e) => unknownCharacter(source, e.offset, e.length));
  fixMisspelledKeywords(lexed.tokens, problems);
  const tokens = balanceParentheses(dropTrailingCombinators(lexed.tokens, problems), problems, source.length);
  const parserLimits = { maxDepth: Math.min(limits.maxDepth, MAX_DEPTH_CEILING), maxListValues: limits.maxListValues };
  const parsed = sharedParser().run(source, tokens, parserLimits);
  const shadowed = tokensAfterUnknownCharacters(tokens, lexed.errors);
  problems.push(...parsed.problems.filter((p) => !(CASCADES.has(p.code) && shadowed.has(p.span.start))));
  return { filter: { kind: "Filter", body: parsed.body, span: span(0, source.length) }, problems };
}

// Where an unknown character was dropped, the parser trips over the token after it; the
// character's own error explains it, so these follow-on errors are not reported there.
const CASCADES = new Set(["EXPECTED_OPERATOR", "EXPECTED_FIELD", "EXPECTED_VALUE", "UNEXPECTED_TOKEN", "MISSING_COMBINATOR"]);

function tokensAfterUnknownCharacters(tokens: readonly IToken[], errors: readonly { offset: number; length: number }[]): Set<number> {
  const starts = new Set<number>();
  let t = 0;
  for (const e of errors) {
    while (t < tokens.length && tokens[t]!.startOffset < e.offset + e.length) t++;
    if (t < tokens.length) starts.add(tokens[t]!.startOffset);
  }
  return starts;
}

/** Parses filter text into its AST. Throws a `FilterError` listing every syntax error. */
export function parse(source: string, options: ParseOptions = {}): Filter {
  if (typeof source !== "string") throw new FilterError([invalidInput("filter text", source)]);
  const limits = withDefaults(options?.limits);
  const { filter, problems } = parseSource(source, limits);
  if (!filter || hasErrors(problems)) throw new FilterError(diagnose(source, problems, limits));
  return filter;
}
