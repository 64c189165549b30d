import fc from "fast-check";
import type { Expression, Field, Filter, Value } from "../../src/index.js";

const NOWHERE = { start: 0, end: 0 };

/** Characters that stress quoting, escaping and URL encoding, mixed with any code point. */
const tricky = fc.constantFrom("\\", '"', "'", "`", "\n", "\r", "\t", "\u0000", "\u001f", "\u2028", "\ud800", "\udc00", "😀", "é", "|", "&", "=", "+", " ", "#", "%", "?", "/", "[", "]", ":", ".", "a", "Z", "0");
const text = (maxLength: number, unit: fc.Arbitrary<string>) =>
  fc.array(fc.oneof(tricky, unit), { maxLength }).map((parts) => parts.join(""));
const anyText = (maxLength: number) => text(maxLength, fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));
const KEYWORDS = ["and", "or", "not", "in", "true", "false", "AND", "In"];

/** Field names, mostly plain, sometimes keywords or names that need backticks. */
const name = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYWORDS, "meta", "creator") },
  { weight: 1, arbitrary: anyText(6) },
);

export const field: fc.Arbitrary<Field> = fc.array(name, { minLength: 1, maxLength: 3 }).chain((path) =>
  // `meta.` is only kept where the printer must write it; elsewhere it is not part of the tree's meaning.
  (path.length === 1 && path[0] === "creator" ? fc.boolean() : fc.constant(path.length > 1 && path[0] === "meta")).map(
    (metaPrefix): Field => ({ kind: "Field", path, metaPrefix, span: NOWHERE }),
  ),
);

export const number = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((value): Value => ({ kind: "Number", value, raw: Object.is(value, -0) ? "-0" : String(value), span: NOWHERE }));

export const value: fc.Arbitrary<Value> = fc.oneof(
  anyText(12).map((v): Value => ({ kind: "String", value: v, span: NOWHERE })),
  number,
  fc.boolean().map((v): Value => ({ kind: "Boolean", value: v, span: NOWHERE })),
);

const operator = fc.constantFrom("==", "!=", "<", "<=", ">", ">=" as const);

/** Any tree the parser can produce, including what the API cannot run. */
export const expression: fc.Arbitrary<Expression> = fc.letrec<{ e: Expression }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ field, operator, value }).map(({ field, operator, value }): Expression => ({
      kind: "Comparison",
      field,
      operator,
      operatorSpan: NOWHERE,
      value,
      span: NOWHERE,
    })),
    fc.record({ field, negated: fc.boolean(), values: fc.array(value, { maxLength: 3 }) }).map(
      (r): Expression => ({ kind: "In", ...r, span: NOWHERE }),
    ),
    tie("e").map((operand): Expression => ({ kind: "Not", operand, span: NOWHERE })),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((operands): Expression => ({ kind: "And", operands, span: NOWHERE })),
    fc.array(tie("e"), { minLength: 2, maxLength: 3 }).map((operands): Expression => ({ kind: "Or", operands, span: NOWHERE })),
  ),
})).e;

export const filter: fc.Arbitrary<Filter> = fc.option(expression, { freq: 10 }).map((body) => ({ kind: "Filter", body, span: NOWHERE }));

// Filters the API accepts: an `and` of up to five conditions on plain fields.
const apiName = fc.stringMatching(/^[A-Za-z0-9_]{1,10}$/);
const apiField = fc.array(apiName, { minLength: 1, maxLength: 5 }).map((path): Field => ({ kind: "Field", path, metaPrefix: true, span: NOWHERE }));
// Well-formed Unicode only: a lone surrogate cannot be sent (STRING_INVALID_UNICODE).
const apiString = text(20, fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })).filter((s) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, "")));
const apiNumber = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const str = (v: string): Value => ({ kind: "String", value: v, span: NOWHERE });
const num = (v: number): Value => ({ kind: "Number", value: v, raw: String(v), span: NOWHERE });

const apiCondition: fc.Arbitrary<Expression> = fc.oneof(
  fc.record({ field: apiField, value: fc.oneof(apiString.map(str), apiNumber.map(num), fc.boolean().map((b): Value => ({ kind: "Boolean", value: b, span: NOWHERE }))) }).map(
    ({ field, value }): Expression => ({ kind: "Comparison", field, operator: "==", operatorSpan: NOWHERE, value, span: NOWHERE }),
  ),
  fc.record({ field: apiField, operator: fc.constantFrom("<", "<=", ">", ">=" as const), value: apiNumber.map(num) }).map(
    (r): Expression => ({ kind: "Comparison", ...r, operatorSpan: NOWHERE, span: NOWHERE }),
  ),
  fc.record({
    field: apiField,
    values: fc.oneof(
      fc.array(apiString.filter((s) => !s.includes("|")).map(str), { minLength: 1, maxLength: 10 }),
      fc.array(apiNumber.map(num), { minLength: 1, maxLength: 10 }),
    ),
  }).map((r): Expression => ({ kind: "In", ...r, negated: false, span: NOWHERE })),
  fc.record({ field: apiField, values: fc.array(apiString.filter((s) => !s.includes("|")).map(str), { minLength: 2, maxLength: 4 }) }).map(
    ({ field, values }): Expression => ({
      kind: "Or",
      operands: values.map((value) => ({ kind: "Comparison", field, operator: "==", operatorSpan: NOWHERE, value, span: NOWHERE })),
      span: NOWHERE,
    }),
  ),
);

const creator = apiString.map(
  (v): Expression => ({
    kind: "Comparison",
    field: { kind: "Field", path: ["creator"], metaPrefix: false, span: NOWHERE },
    operator: "==",
    operatorSpan: NOWHERE,
    value: str(v),
    span: NOWHERE,
  }),
);

export const apiFilter: fc.Arbitrary<Filter> = fc
  .tuple(fc.array(apiCondition, { maxLength: 5 }), fc.option(creator), fc.nat())
  .map(([conditions, c, at]) => {
    const all = c ? [...conditions.slice(0, at % (conditions.length + 1)), c, ...conditions.slice(at % (conditions.length + 1))] : conditions;
    const body: Expression | null = all.length === 0 ? null : all.length === 1 ? all[0]! : { kind: "And", operands: all, span: NOWHERE };
    return { kind: "Filter", body, span: NOWHERE };
  });
