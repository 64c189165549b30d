import { EmbeddedActionsParser, type IToken, type TokenType } from "chevrotain";
import { problem, type Problem } from "../diagnostics/diagnostic.js";
import type { ComparisonOperator as Operator, Expression, Field, Value } from "./ast.js";
import { fieldNames } from "./field-names.js";
import { imprecision, NUMBER } from "./numbers.js";
import { typographicClosed } from "./scanner.js";
import { span } from "./span.js";
import { unquote } from "./strings.js";
import { expectationMessages, syntaxProblem } from "./syntax-errors.js";
import * as T from "./tokens.js";

const OPERATOR_OF = new Map<TokenType, Operator>([
  [T.Equals, "=="],
  [T.NotEquals, "!="],
  [T.Less, "<"],
  [T.LessOrEqual, "<="],
  [T.Greater, ">"],
  [T.GreaterOrEqual, ">="],
  [T.TripleEquals, "=="],
  [T.NotDoubleEquals, "!="],
  [T.EqualsLess, "<="],
  [T.EqualsGreater, ">="],
  [T.EqualsBang, "!="],
]);

/** Thrown from inside a rule to stop at once; not a Chevrotain recognition error, so never recovered. */
class Abort extends Error {
  constructor(readonly reason: Problem) {
    super(reason.message);
  }
}

interface ParserLimits {
  readonly maxDepth: number;
  readonly maxListValues: number;
}

/** Rules return null for what could not be parsed; their callers drop it and go on. */
const RECOVER = { recoveryValueFunc: () => null };

/**
 * The grammar, with embedded actions that build the AST directly (no CST, no second walk).
 * Error recovery is on: a broken condition becomes null and is left out of the tree, so the
 * conditions around it are still lowered and validated. One instance is reused for every parse.
 */
export class FilterParser extends EmbeddedActionsParser {
  /** Problems found by actions (bad escapes, unquoted values, operator typos). */
  private problems: Problem[] = [];
  private limits: ParserLimits = { maxDepth: 0, maxListValues: 0 };
  private depth = 0;

  constructor(options: { validateGrammar?: boolean } = {}) {
    super(T.ALL_TOKENS, {
      maxLookahead: 1,
      recoveryEnabled: true,
      skipValidations: !options.validateGrammar,
      errorMessageProvider: expectationMessages,
    });
    this.performSelfAnalysis();
  }

  // Only a missing `)` is invented to recover; anything else missing drops the condition instead.
  protected override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return tokType === T.RParen;
  }

  public filter = this.RULE(
    "filter",
    (): Expression | null => this.OPTION(() => this.SUBRULE(this.orExpression)) ?? null,
    RECOVER,
  );

  private orExpression = this.RULE("orExpression", (): Expression | null => this.junction("Or", T.Or, this.andExpression), RECOVER);

  private andExpression = this.RULE("andExpression", (): Expression | null => this.junction("And", T.And, this.notExpression), RECOVER);

  private notExpression = this.RULE(
    "notExpression",
    (): Expression | null =>
      this.OR([
        {
          ALT: () => {
            const not = this.CONSUME(T.Not);
            const operand = this.nested(not, () => this.SUBRULE(this.notExpression));
            return this.ACTION(() => operand && { kind: "Not" as const, operand, span: span(not.startOffset, operand.span.end) });
          },
        },
        { ALT: () => this.SUBRULE(this.primary) },
      ]),
    RECOVER,
  );

  private primary = this.RULE(
    "primary",
    (): Expression | null =>
      this.OR([
        {
          ALT: () => {
            const open = this.CONSUME(T.LParen);
            const [inner, close] = this.nested(open, () => [this.SUBRULE(this.orExpression), this.CONSUME(T.RParen)] as const);
            // The parentheses belong to what they enclose, so spans cover what was typed.
            return this.ACTION(() => inner && { ...inner, span: span(open.startOffset, end(close, inner.span.end)) });
          },
        },
        { ALT: () => this.SUBRULE(this.condition) },
      ]),
    RECOVER,
  );

  private condition = this.RULE(
    "condition",
    (): Expression | null => {
      const field = this.SUBRULE(this.field);
      return this.OR([
        {
          ALT: () => {
            const op = this.CONSUME(T.ComparisonOperator);
            const value = this.SUBRULE(this.value);
            return this.ACTION(() => {
              const operator = OPERATOR_OF.get(op.tokenType)!;
              if (op.image !== operator && op.image !== "=") {
                this.problems.push(problem("OPERATOR_TYPO", tokenSpan(op), `\`${op.image}\` is not an operator; did you mean \`${operator}\`?`, `write \`${operator}\``));
              }
              if (!field || !value) return null;
              return { kind: "Comparison" as const, field, operator, operatorSpan: tokenSpan(op), value, span: span(field.span.start, value.span.end) };
            });
          },
        },
        {
          ALT: () => {
            const not = this.OPTION(() => this.CONSUME(T.Not));
            this.CONSUME(T.In);
            const open = this.CONSUME(T.LParen);
            const values: (Value | null)[] = [];
            this.MANY_SEP({
              SEP: T.Comma,
              DEF: () => {
                const value = this.SUBRULE2(this.value);
                this.ACTION(() => {
                  if (values.length === this.limits.maxListValues) {
                    throw new Abort(problem("TOO_MANY_VALUES", value ? value.span : tokenSpan(open), `more than ${this.limits.maxListValues} values in one list`, "the API takes far fewer values in a list; split them over several requests"));
                  }
                  values.push(value);
                });
              },
            });
            const close = this.CONSUME(T.RParen);
            return this.ACTION(() => {
              if (!field || values.includes(null)) return null;
              const last = values.length > 0 ? values[values.length - 1]!.span.end : tokenEnd(open);
              return { kind: "In" as const, field, negated: not !== undefined, values: values as Value[], span: span(field.span.start, end(close, last)) };
            });
          },
        },
      ]);
    },
    RECOVER,
  );

  private field = this.RULE(
    "field",
    (): Field | null => {
      const first = this.CONSUME(T.FieldStart);
      const rest: IToken[] = [];
      this.MANY(() => {
        this.CONSUME(T.Dot);
        rest.push(this.CONSUME(T.FieldSegment));
      });
      return this.ACTION(() => {
        const last = rest.length > 0 ? rest[rest.length - 1]! : first;
        // An unquoted `meta.` in front is the API's own prefix, not part of the path.
        const metaPrefix = rest.length > 0 && first.tokenType === T.Identifier && first.image === "meta";
        const path: string[] = metaPrefix ? [] : fieldNames(first, this.problems);
        for (const t of rest) path.push(...fieldNames(t, this.problems));
        return { kind: "Field" as const, path, metaPrefix, span: span(first.startOffset, tokenEnd(last)) };
      });
    },
    RECOVER,
  );

  private value = this.RULE(
    "value",
    (): Value | null =>
      this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.StringLiteral);
            return this.ACTION(() => ({ kind: "String" as const, value: unquote(t.image, t.startOffset, this.problems), span: tokenSpan(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.NumberLiteral);
            return this.ACTION(() => this.number(t));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.True);
            return this.ACTION(() => ({ kind: "Boolean" as const, value: true, span: tokenSpan(t) }));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.False);
            return this.ACTION(() => ({ kind: "Boolean" as const, value: false, span: tokenSpan(t) }));
          },
        },
        {
          // Common mistakes, read so they get a message of their own rather than a syntax error.
          ALT: () => {
            const t = this.CONSUME(T.Identifier);
            return this.ACTION(() => {
              this.problems.push(problem("UNQUOTED_VALUE", tokenSpan(t), `\`${t.image}\` is not a value: strings are written in quotes`, `write "${t.image}"`));
              return null;
            });
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.TypographicString);
            return this.ACTION(() => {
              const text = t.image.slice(1, typographicClosed(t.image) ? -1 : undefined);
              this.problems.push(
                problem("TYPOGRAPHIC_QUOTES", tokenSpan(t), "strings are quoted with straight quotes (\" or '), not typographic ones", `write "${text}"`),
              );
              return { kind: "String" as const, value: text, span: tokenSpan(t) };
            });
          },
        },
      ]),
    RECOVER,
  );

  /** `operand (keyword operand)*`, as one n-ary node; a missing keyword is reported and read as the keyword. */
  private junction(kind: "And" | "Or", keyword: TokenType, operandRule: () => Expression | null): Expression | null {
    const operands = [this.SUBRULE(operandRule)];
    this.MANY(() => {
      const combinator = kind === "Or" ? this.CONSUME(keyword) : this.OPTION(() => this.CONSUME2(keyword));
      const next = this.LA(1);
      this.ACTION(() => {
        // After a broken condition the parser's own error says more than a missing `and` would.
        if (combinator === undefined && operands[operands.length - 1] !== null) {
          this.problems.push(
            problem("MISSING_COMBINATOR", tokenSpan(next), "expected `and` or `or` between two conditions", "conditions are joined with `and` or `or`; nothing is implied"),
          );
        }
      });
      operands.push(this.SUBRULE2(operandRule));
    });
    return this.ACTION(() => {
      const parsed = operands.filter((o): o is Expression => o !== null);
      if (parsed.length <= 1) return parsed[0] ?? null;
      return { kind, operands: parsed, span: span(parsed[0]!.span.start, parsed[parsed.length - 1]!.span.end) };
    });
  }

  private number(t: IToken): Value | null {
    if (!NUMBER.test(t.image)) {
      this.problems.push(problem("INVALID_NUMBER", tokenSpan(t), `\`${t.image}\` is not a number`, "numbers are written like 42, -1.5 or 2e10, with nothing else attached"));
      return null;
    }
    const value = Number(t.image);
    const imprecise = imprecision(t.image, value, tokenSpan(t));
    if (imprecise) this.problems.push(imprecise);
    return { kind: "Number", value, raw: t.image, span: tokenSpan(t) };
  }

  /**
   * Runs `body` one level deeper, stopping at `maxDepth`. The level is given back in `finally`,
   * because a syntax error inside may leave by exception, to be recovered from further up.
   */
  private nested<R>(token: IToken, body: () => R): R {
    this.ACTION(() => {
      if (this.depth + 1 > this.limits.maxDepth) {
        throw new Abort(problem("TOO_DEEP", tokenSpan(token), `more than ${this.limits.maxDepth} ${this.limits.maxDepth === 1 ? "level" : "levels"} of parentheses and \`not\``, "simplify the filter"));
      }
    });
    this.depth++;
    try {
      return body();
    } finally {
      this.depth--;
    }
  }

  /** Runs the grammar over `tokens`: the tree (what could be parsed), and every problem found. */
  run(source: string, tokens: IToken[], limits: ParserLimits): { body: Expression | null; problems: Problem[] } {
    this.input = tokens; // also resets Chevrotain's own state and errors
    this.problems = [];
    this.limits = limits;
    this.depth = 0;
    try {
      const body = this.filter();
      const syntax = this.errors.map((e) => syntaxProblem(e, source, body === null));
      return { body, problems: [...this.problems, ...syntax.filter((p) => p !== undefined)] };
    } catch (e) {
      if (e instanceof Abort) return { body: null, problems: [...this.problems, e.reason] };
      // A caller already deep in its own stack may leave less room than MAX_DEPTH_CEILING assumes.
      if (e instanceof RangeError && tokens.length > 0) {
        return { body: null, problems: [problem("TOO_DEEP", tokenSpan(tokens[0]!), "the filter is nested too deeply to read here", "simplify the filter")] };
      }
      throw e;
    }
  }
}

function tokenSpan(t: IToken) {
  return span(t.startOffset, tokenEnd(t));
}

function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

/** Where a token ends, or `fallback` for a token invented by error recovery. */
function end(t: IToken, fallback: number): number {
  return t.isInsertedInRecovery ? fallback : tokenEnd(t);
}
