import { problem, type Problem } from "../diagnostics/diagnostic.js";
import {
  isCreatorField,
  valueType,
  type Comparison,
  type Expression,
  type Field,
  type Filter,
  type InList,
  type OrExpression,
  type Value,
  type ValueType,
} from "../language/ast.js";
import { field as fieldText, value as valueText } from "../language/printer.js";
import type { Span } from "../language/span.js";
import { NUMBER } from "../language/numbers.js";
import { DEFAULT_LIMITS } from "../validate/defaults.js";
import { OPERATOR_SYMBOL, RANGE_OPERATORS, type Condition, type MetaCondition, type MetaOperator } from "./conditions.js";

const RANGE = new Map([...RANGE_OPERATORS].map((op) => [OPERATOR_SYMBOL[op] as string, op]));
const INVERSE_RANGE: Record<string, string> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<" };

/**
 * Maps the AST to the flat AND of conditions the API runs. What the API cannot express becomes a
 * problem naming the construct; lowering goes on past it so every such problem is reported.
 */
export function lower(filter: Filter): { conditions: Condition[]; problems: Problem[] } {
  const conditions: Condition[] = [];
  const problems: Problem[] = [];
  if (filter.body) visit(filter.body, conditions, problems);
  return { conditions, problems };
}

function visit(e: Expression, out: Condition[], problems: Problem[]): void {
  switch (e.kind) {
    case "And":
      for (const operand of e.operands) visit(operand, out, problems);
      return;
    case "Or":
      return lowerOr(e, out, problems);
    case "Not":
      problems.push(notProblem(e.operand, e.span));
      return;
    case "Comparison":
      return lowerComparison(e, out, problems);
    case "In":
      return lowerIn(e, out, problems);
    default:
      // Only a Filter built by hand gets here; check reports it as INVALID_INPUT.
      throw new TypeError(`unknown expression ${JSON.stringify((e as { kind?: unknown }).kind)}`);
  }
}

function lowerComparison(c: Comparison, out: Condition[], problems: Problem[]): void {
  const type = valueType(c.value);
  if (isCreatorField(c.field)) {
    if (c.operator === "==" && c.value.kind === "String") out.push({ kind: "creator", value: c.value.value, span: c.span });
    else problems.push(creatorProblem(c.span));
    return;
  }
  if (c.operator === "!=") {
    problems.push(
      problem(
        "NOT_EQUAL_UNSUPPORTED",
        c.operatorSpan,
        "the API cannot filter on `!=` (not equal)",
        c.value.kind === "Boolean"
          ? `write \`${fieldText(c.field)} == ${!c.value.value}\` (it skips images without the field)`
          : "list the values you want instead: `field in (...)`",
      ),
    );
    return;
  }
  if (c.operator === "==") {
    out.push(meta(c.field, "eq", type, [c.value], c.span));
    return;
  }
  if (type !== "number") {
    problems.push(
      problem(
        "RANGE_NOT_NUMBER",
        c.value.span,
        `\`${c.operator}\` compares numbers, and this is a ${type}`,
        c.value.kind === "String" && NUMBER.test(c.value.value)
          ? `write the number without quotes: ${c.value.value}`
          : type === "string"
            ? "strings can only be matched exactly, with `==` or `in`"
            : "booleans can only be matched with `==`",
      ),
    );
    return;
  }
  out.push(meta(c.field, RANGE.get(c.operator)!, "number", [c.value], c.span));
}

function lowerIn(list: InList, out: Condition[], problems: Problem[]): void {
  if (list.negated) {
    problems.push(problem("NOT_IN_UNSUPPORTED", list.span, "the API cannot filter on `not in`", "list the values you want instead: `field in (...)`"));
    return;
  }
  if (isCreatorField(list.field)) {
    problems.push(creatorProblem(list.span));
    return;
  }
  const type = listType(list.values, list.span, problems, true);
  if (type) out.push(meta(list.field, "in", type, list.values, list.span));
}

/** `or` is only expressible as one `in`: every operand an `==` or `in` on the same field, one type. */
function lowerOr(or: OrExpression, out: Condition[], problems: Problem[]): void {
  const operands = flattenOr(or);
  let field: Field | undefined;
  const values: Value[] = [];
  for (const o of operands) {
    if (o.kind === "And") return void problems.push(orProblem(or, "`and` inside `or`"));
    if (o.kind === "Not") return void problems.push(orProblem(or, "`not` inside `or`"));
    if (o.kind === "Comparison" && o.operator !== "==") return void problems.push(orProblem(or, `\`${o.operator}\` inside \`or\``));
    if (o.kind === "In" && o.negated) return void problems.push(orProblem(or, "`not in` inside `or`"));
    const f = (o as Comparison | InList).field;
    if (isCreatorField(f)) return void problems.push(creatorProblem(or.span));
    if (field && !samePath(field, f)) {
      return void problems.push(
        problem(
          "OR_ACROSS_FIELDS",
          or.span,
          `\`or\` across different fields (\`${fieldText(field)}\` and \`${fieldText(f)}\`) cannot be sent: the API joins every condition with \`and\``,
          acrossFieldsHint(operands),
        ),
      );
    }
    field ??= f;
    if (o.kind === "Comparison") values.push(o.value);
    else values.push(...(o as InList).values);
  }
  // A written `in (...)` among the operands is held to the rules of a written list.
  const type = listType(values, or.span, problems, operands.some((o) => o.kind === "In"));
  if (!type) return;
  const merged = meta(field!, "in", type, values, or.span);
  out.push(merged.values.length === 1 ? { ...merged, operator: "eq" } : merged);
}

/**
 * Make one request per field; where one field has several values, say how to write them as one
 * `in`, which is the part of the `or` the API can run.
 */
function acrossFieldsHint(operands: readonly Expression[]): string {
  const byField = new Map<string, Value[]>();
  for (const o of operands) {
    if ((o.kind !== "Comparison" || o.operator !== "==") && (o.kind !== "In" || o.negated)) continue;
    if (isCreatorField(o.field)) continue;
    const key = fieldText(o.field);
    byField.set(key, [...(byField.get(key) ?? []), ...(o.kind === "Comparison" ? [o.value] : o.values)]);
  }
  // Only an `in` the API would take: several values of one type, not booleans, within the limit.
  const runnable = (values: Value[]) => {
    const unique = dedupe(values);
    const types = new Set(unique.map(valueType));
    return unique.length > 1 && unique.length <= DEFAULT_LIMITS.maxInValues && types.size === 1 && !types.has("boolean");
  };
  const several = [...byField].find(([, values]) => runnable(values));
  const inForm = several ? `; the \`${several[0]}\` part can be one condition: \`${several[0]} in (${dedupe(several[1]).map(valueText).join(", ")})\`` : "";
  return `make one request per field and merge the results${inForm}`;
}

function flattenOr(e: Expression): Expression[] {
  return e.kind === "Or" ? e.operands.flatMap(flattenOr) : [e];
}

/**
 * The one type of a list's values, or a problem. The API has no `in` for booleans: an `or` whose
 * values dedupe to one boolean is fine (it becomes `eq`), a written `in (true)` is not.
 */
function listType(values: readonly Value[], at: Span, problems: Problem[], written: boolean): ValueType | undefined {
  if (values.length === 0) return "string"; // the list-size rule reports the empty list
  const types = [...new Set(values.map(valueType))];
  if (types.length > 1) {
    const what = written ? "this list mixes" : "the values joined by `or` mix";
    problems.push(problem("MIXED_TYPES", at, `${what} ${types.join(" and ")} values; the API matches one type at a time`, "compare the field with values of one type"));
    return undefined;
  }
  const type = types[0]!;
  if (type === "boolean" && (written || dedupe(values).length > 1)) {
    problems.push(
      written
        ? problem("IN_BOOLEAN_UNSUPPORTED", at, "the API has no `in` for booleans", "write `field == true` or `field == false`")
        : problem(
            "IN_BOOLEAN_UNSUPPORTED",
            at,
            "`true or false` on one field would need an `in` for booleans, which the API does not have",
            "leave the condition out: together they only ask that the field be a boolean",
          ),
    );
    return undefined;
  }
  return type;
}

function meta(field: Field, operator: MetaOperator, type: ValueType, values: readonly Value[], span: Span): MetaCondition {
  const unique = dedupe(values);
  return {
    kind: "meta",
    path: field.path,
    operator,
    type,
    values: unique.map((v) => v.value),
    span,
    fieldSpan: field.span,
    valueSpans: unique.map((v) => v.span),
  };
}

/** Keeps the first of equal values, in source order. */
function dedupe(values: readonly Value[]): Value[] {
  const seen = new Set<string | number | boolean>();
  return values.filter((v) => !seen.has(v.value) && (seen.add(v.value), true));
}

function samePath(a: Field, b: Field): boolean {
  return a.path.length === b.path.length && a.path.every((name, i) => name === b.path[i]);
}

function notProblem(operand: Expression, at: Span): Problem {
  const inverse =
    operand.kind === "Comparison" && operand.value.kind === "Number" && operand.operator in INVERSE_RANGE
      ? `${fieldText(operand.field)} ${INVERSE_RANGE[operand.operator]} ${operand.value.raw}`
      : undefined;
  return problem(
    "NOT_UNSUPPORTED",
    at,
    "the API cannot negate a condition (`not`)",
    inverse
      ? `write \`${inverse}\` instead (it skips images without the field)`
      : "say what to match instead: `==`, `in`, `<`, `<=`, `>`, `>=` joined by `and`",
  );
}

function orProblem(or: OrExpression, what: string): Problem {
  return problem(
    "OR_UNSUPPORTED",
    or.span,
    `the API cannot run ${what}: \`or\` can only join \`==\` and \`in\` on one field`,
    "the API joins every condition with `and`; make one request per alternative",
  );
}

function creatorProblem(at: Span): Problem {
  return problem("CREATOR_UNSUPPORTED", at, "`creator` can only be matched with `==` and one string", 'write `creator == "id"`, or `creator == ""` for images without a creator');
}
