import { problem } from "../../diagnostics/diagnostic.js";
import type { Scalar, ValueType } from "../../language/ast.js";
import { imprecision, NUMBER, numberText } from "../../language/numbers.js";
import { scalar } from "../../language/printer.js";
import { OPERATOR_SYMBOL, RANGE_OPERATORS } from "../../lower/conditions.js";
import type { Rule } from "../rule.js";


/**
 * With a schema, each value must have its field's type (the API matches types exactly: the
 * number 5 never equals the string "5"), and ranges need a number field.
 */
export const fieldTypes: Rule = ({ meta, schema }, report) => {
  if (!schema) return;
  for (const c of meta) {
    const name = c.path.join(".");
    const field = schema.fields.get(name);
    if (!field) continue;
    if (RANGE_OPERATORS.has(c.operator) && field.type !== "number") {
      report(problem("OPERATOR_NOT_ALLOWED", c.span, `\`${name}\` is a ${field.type}, which \`${OPERATOR_SYMBOL[c.operator]}\` cannot compare`, `match a ${field.type} with == or in`));
      continue;
    }
    c.values.forEach((v, i) => {
      if (typeof v === field.type) return;
      const fixed = convert(v, field.type);
      report(
        problem(
          "TYPE_MISMATCH",
          c.valueSpans[i]!,
          `\`${name}\` is a ${field.type}, and this is a ${typeof v}`,
          fixed === undefined ? undefined : `write ${scalar(fixed)}`,
        ),
      );
    });
  }
};

/** The value as the field's type, where it reads as exactly one (`"5"` as 5, `5` as "5"). */
function convert(v: Scalar, type: ValueType): Scalar | undefined {
  const text = typeof v === "number" ? numberText(v) : String(v);
  if (type === "string") return text;
  if (type === "number") return NUMBER.test(text) && Number.isFinite(Number(text)) && !imprecision(text, Number(text), NOWHERE) ? Number(text) : undefined;
  return text === "true" ? true : text === "false" ? false : undefined;
}

const NOWHERE = { start: 0, end: 0 };
