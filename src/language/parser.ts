import { EmbeddedActionsParser, type IToken, type TokenType } from "chevrotain";
import { problem, type Problem } from "../diagnostics/diagnostic.js";
import type { ComparisonOperator as Operator, Expression, Field, InList, Value } from "./ast.js";
import { span } from "./span.js";
import { unquote } from "./strings.js";
import { syntaxProblem, expectationMessages } from "./syntax-errors.js";
import * as T from "./tokens.js";

const OPERATOR_OF = new Map<TokenType, Operator>([
  [T.Equals, "=="],
  [T.NotEquals, "!="],
  [T.Less, "<"],
  [T.LessOrEqual, "<="],
  [T.Greater, ">"],
  [T.GreaterOrEqual, ">="],
]);

export const DEFAULT_MAX_DEPTH = 64;

/** Thrown from inside a rule to stop at once (deep nesting); not a Chevrotain recognition error. */
class TooDeep extends Error {
  constructor(readonly token: IToken) {
    super("too deep");
  }
}

/**
 * The grammar, with embedded actions that build the AST directly (no CST, no second walk).
 * One instance is reused for every parse.
 */
export class FilterParser extends EmbeddedActionsParser {
  /** Problems found by actions (bad escapes, unquoted values), in source order. */
  problems: Problem[] = [];
  /** `(` tokens not yet closed, so an unclosed one can be pointed at. */
  openParens: IToken[] = [];
  private source = "";
  private maxDepth = DEFAULT_MAX_DEPTH;

  constructor(options: { validateGrammar?: boolean } = {}) {
    super(T.ALL_TOKENS, {
      maxLookahead: 2,
      skipValidations: !options.validateGrammar,
      errorMessageProvider: expectationMessages,
    });
    this.performSelfAnalysis();
  }

  public filter = this.RULE("filter", (): Expression | null => {
    const body = this.OPTION(() => this.SUBRULE(this.orExpression));
    return body ?? null;
  });

  private orExpression = this.RULE("orExpression", (): Expression => this.junction("Or", T.Or, this.andExpression));

  private andExpression = this.RULE("andExpression", (): Expression => this.junction("And", T.And, this.notExpression));

  private notExpression = this.RULE("notExpression", (): Expression => {
    return this.OR([
      {
        ALT: () => {
          const not = this.CONSUME(T.Not);
          this.ACTION(() => this.enter(not));
          const operand = this.SUBRULE(this.notExpression);
          return this.ACTION(() => {
            this.depth--;
            return { kind: "Not" as const, operand, span: span(not.startOffset, operand.span.end) };
          });
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  private primary = this.RULE("primary", (): Expression => {
    return this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          this.ACTION(() => {
            this.enter(open);
            this.openParens.push(open);
          });
          const inner = this.SUBRULE(this.orExpression);
          const close = this.CONSUME(T.RParen);
          return this.ACTION(() => {
            this.depth--;
            this.openParens.pop();
            // The parentheses belong to what they enclose, so spans cover what was typed.
            return { ...inner, span: span(open.startOffset, tokenEnd(close)) };
          });
        },
      },
      { ALT: () => this.SUBRULE(this.condition) },
    ]);
  });

  private condition = this.RULE("condition", (): Expression => {
    const field = this.SUBRULE(this.field);
    return this.OR([
      {
        ALT: () => {
          const op = this.CONSUME(T.ComparisonOperator);
          const value = this.SUBRULE(this.value);
          return this.ACTION(() => ({
            kind: "Comparison" as const,
            field,
            operator: OPERATOR_OF.get(op.tokenType)!,
            operatorSpan: tokenSpan(op),
            value,
            span: span(field.span.start, value.span.end),
          }));
        },
      },
      {
        ALT: () => {
          const not = this.OPTION(() => this.CONSUME(T.Not));
          this.CONSUME(T.In);
          const open = this.CONSUME(T.LParen);
          this.ACTION(() => this.openParens.push(open));
          const values: Value[] = [];
          this.MANY_SEP({ SEP: T.Comma, DEF: () => values.push(this.SUBRULE2(this.value)) });
          const close = this.CONSUME(T.RParen);
          return this.ACTION((): InList => {
            this.openParens.pop();
            return { kind: "In", field, negated: not !== undefined, values, span: span(field.span.start, tokenEnd(close)) };
          });
        },
      },
    ]);
  });

  private field = this.RULE("field", (): Field => {
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
      const tokens = metaPrefix ? rest : [first, ...rest];
      return {
        kind: "Field" as const,
        path: tokens.map((t) => this.name(t)),
        metaPrefix,
        span: span(first.startOffset, tokenEnd(last)),
      };
    });
  });

  private value = this.RULE("value", (): Value => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.StringLiteral);
          return this.ACTION(() => ({ kind: "String" as const, value: unquote(t.image, t.startOffset, this.problems), span: tokenSpan(t) }));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLiteral);
          return this.ACTION(() => ({ kind: "Number" as const, value: Number(t.image), raw: t.image, span: tokenSpan(t) }));
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
        // Not a value, but so common a mistake that it gets its own message rather than a syntax error.
        ALT: () => {
          const t = this.CONSUME(T.Identifier);
          return this.ACTION(() => {
            this.problems.push(
              problem("UNQUOTED_VALUE", tokenSpan(t), `\`${t.image}\` is not a value: strings are written in quotes`, `write "${t.image}"`),
            );
            return { kind: "String" as const, value: t.image, span: tokenSpan(t) };
          });
        },
      },
    ]);
  });

  private depth = 0;

  /** `operand (keyword operand)*`, as one n-ary node when there is more than one operand. */
  private junction(kind: "And" | "Or", keyword: TokenType, operandRule: () => Expression): Expression {
    const operands = [this.SUBRULE(operandRule)];
    this.MANY(() => {
      this.CONSUME(keyword);
      operands.push(this.SUBRULE2(operandRule));
    });
    return this.ACTION(() =>
      operands.length === 1 ? operands[0]! : { kind, operands, span: span(operands[0]!.span.start, operands[operands.length - 1]!.span.end) },
    );
  }

  private enter(token: IToken): void {
    if (++this.depth > this.maxDepth) throw new TooDeep(token);
  }

  private name(t: IToken): string {
    return t.tokenType === T.QuotedIdentifier ? unquote(t.image, t.startOffset, this.problems) : t.image;
  }

  /** Runs the grammar over `tokens`: the tree, and what the actions and Chevrotain found wrong. */
  run(source: string, tokens: IToken[], maxDepth: number): { body: Expression | null; problems: Problem[] } {
    this.source = source;
    this.input = tokens; // also resets Chevrotain's own state and errors
    this.problems = [];
    this.openParens = [];
    this.maxDepth = maxDepth;
    this.depth = 0;
    let body: Expression | null = null;
    try {
      body = this.filter();
    } catch (e) {
      if (!(e instanceof TooDeep)) throw e;
      this.problems.push(
        problem("TOO_DEEP", tokenSpan(e.token), `more than ${this.maxDepth} levels of parentheses and \`not\``, "simplify the filter"),
      );
      return { body: null, problems: this.problems };
    }
    const syntax = this.errors.map((e) => syntaxProblem(e, this.source, this.openParens, body === null));
    return { body, problems: [...this.problems, ...syntax] };
  }
}

function tokenSpan(t: IToken) {
  return span(t.startOffset, tokenEnd(t));
}

function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}


