import { FilterError, locate, problem, type Problem } from "../diagnostics/diagnostic.js";
import type { Filter } from "./ast.js";
import { DEFAULT_MAX_DEPTH, FilterParser } from "./parser.js";
import { span } from "./span.js";
import { filterLexer } from "./tokens.js";

export interface ParseOptions {
  /** Deepest nesting of parentheses and `not` (default 64). */
  readonly maxDepth?: number;
}

let parser: FilterParser | undefined;

/** Built on first use, so importing the library costs nothing until a filter is parsed. */
function sharedParser(): FilterParser {
  return (parser ??= new FilterParser());
}

/** Lexes and parses; never throws. `filter` is null when there is any syntax error. */
export function parseSource(source: string, options: ParseOptions = {}): { filter: Filter | null; problems: Problem[] } {
  const lexed = filterLexer.tokenize(source);
  const problems: Problem[] = lexed.errors.map((e) => {
    const char = String.fromCodePoint(source.codePointAt(e.offset)!);
    return problem("UNKNOWN_CHARACTER", span(e.offset, e.offset + e.length), `\`${char}\` is not part of the filter language`);
  });
  const parsed = sharedParser().run(source, lexed.tokens, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  problems.push(...parsed.problems);
  problems.sort((a, b) => a.span.start - b.span.start);
  const ok = !problems.some((p) => p.severity === "error");
  return { filter: ok ? { kind: "Filter", body: parsed.body, span: span(0, source.length) } : null, problems };
}

/** Parses filter text into its AST. Throws a `FilterError` listing every syntax error. */
export function parse(source: string, options?: ParseOptions): Filter {
  const { filter, problems } = parseSource(source, options);
  if (!filter) throw new FilterError(problems.map((p) => locate(source, p)));
  return filter;
}
